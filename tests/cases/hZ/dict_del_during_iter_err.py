d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
it = iter(d.items())
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2}
for k in list(d):
    del d[k]
print(d)
d = {1: 2, 3: 4}
for k in d:
    d.pop(k); d[k] = 0
    break
print(d)
d = {i: i for i in range(5)}
for k in d:
    del d[k]
