import random
random.seed(15)
vals = [0, 1, -1, 42, -42, 3.14159, -2.5, 1e20, 1e-7, 'abc', 'é', '', True, None, 2**70, [1, 2], (1,), float('nan'), float('-inf'), 'x' * 3, 65, 0x10ffff, -0.0]
convs = 'sdirxXoeEfFgGc%ua'
for i in range(2000):
    c = random.choice(convs)
    spec = '%'
    if random.random() < 0.4:
        spec += ''.join(random.sample('-+ #0', random.randint(1, 3)))
    if random.random() < 0.4:
        spec += str(random.randint(0, 15))
    if random.random() < 0.3:
        spec += '.' + str(random.randint(0, 10))
    spec += c
    v = random.choice(vals)
    try:
        print(i, repr(spec), repr(v), repr(spec % v if c != '%' else spec % ()))
    except Exception as e:
        print(i, repr(spec), repr(v), type(e).__name__, e)
tests = [('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s %(b)d', {'a': 1, 'b': 2}), ('%(a)s', {}), ('%*d', (5, 3)), ('%-*d|', (5, 3)),
         ('%.*f', (2, 3.14159)), ('%*.*f', (10, 2, 3.14159)), ('%', ()), ('%z', (1,)), ('%d', ('1',)), ('%c', ('ab',)), ('%c', (-1,)),
         ('%c', (0x110000,)), ('%x', (1.5,)), ('%d', (1.9,)), ('%s%%', (5,)), ('%(a)s %s', {'a': 1}), ('abc', (1,)), ('abc', ()),
         ('%s', ()), ('%d', (None,)), ('%i', (True,)), ('%5%', ()), ('%r', ('é\n',)), ('%a', ('é\n',)), ('%*d', ('a', 1)),
         ('%(a', {'a': 1}), ('%s', [1, 2]), ('%s', {'a': 1}), ('%d', ([],)), ('%o', (-8,)), ('%#o', (8,)), ('%#x', (0,)), ('%.0f', (0.5,)), ('%.0f', (1.5,)),
         ('%10.4s|', ('abcdefgh',)), ('%-10r|', ('ab',)), ('%.2r', ('abc',)), ('%05s', ('ab',)), ('%+s', ('ab',)), ('%#5.3d', (7,)), ('%.3d', (-7,)), ('% 05d', (-3,))]
for fmt, args in tests:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, args in [(b'%s', (b'ab',)), (b'%d', (5,)), (b'%s', ('ab',)), (b'%r', ('ab',)), (b'%a', ('é',)), (b'%c', (65,)), (b'%c', (b'a',)), (b'%x', (255,)), (b'%5b|', (b'x',)), (b'%s', (bytearray(b'q'),)), (b'%s', (memoryview(b'm'),)), (b'%f', (1.5,))]:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
