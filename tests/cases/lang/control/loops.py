for i in range(3):
    print('for', i)
else:
    print('for else')
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print('while', n)
else:
    print('while else')
while True:
    break
else:
    print('not printed')
for i in []:
    pass
else:
    print('empty else')
for a, b in zip('ab', [1, 2]):
    print(a, b)
for x in range(3):
    for y in range(3):
        if y == 1:
            break
        if x == 1:
            continue
        print('nested', x, y)
result = []
for i in range(10):
    if i % 2: continue
    if i > 6: break
    result.append(i)
print(result)
i = 0
while i < 10:
    i += 1
    try:
        if i == 3:
            continue
        if i == 5:
            break
    finally:
        print('finally', i)
print('end', i)
for ch in 'ab':
    for _ in range(2):
        pass
    else:
        print('inner else', ch)
