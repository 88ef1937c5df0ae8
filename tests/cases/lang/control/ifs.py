def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(v) for v in (-1, 0, 5, 50)])
if 0: print('no')
elif '': print('no')
elif []: print('no')
else: print('else branch')
if 1: print('one-liner'); print('two')
x = 5
if x > 3 and x < 10 or x == 100: print('compound')
if not x: print('no')
if (y := x * 2) > 5: print('walrus', y)
if None is None: print('is')
while 0:
    print('never')
if 1:
    if 0:
        pass
    else:
        print('nested else')
