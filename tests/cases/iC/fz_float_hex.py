import random, math
random.seed(8)
for i in range(600):
    k = random.random()
    if k < 0.5:
        x = random.uniform(-1, 1) * 2.0 ** random.randint(-1074, 1023)
    elif k < 0.7:
        x = random.choice([0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), -float('inf'), float('nan'), 1.0, 0.1])
    else:
        x = random.uniform(-100, 100)
    h = x.hex()
    y = float.fromhex(h)
    print(i, repr(x), h, repr(y), (y == x) or (x != x and y != y), x.is_integer() if math.isfinite(x) else None)
odd = ['0x1p0', '0X1P0', '  0x1.8p1  ', '1.8p1', 'ff', '0x.8', '0x8.', '-0x1p-1074', '0x1p-1075', '0x1p-1076', '0x1.fffffffffffff8p1023',
       '0x1p1024', 'inf', '-Infinity', 'nan', '0x', '', 'x1', '0x1p', '0x1p+', '0x1.0p+10', '0x1_0p0', '0X1.p0', '0x0p0', '-0x0p0',
       '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x123456789abcdef0123p0', '0x.0000000001p0']
for s in odd:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for i in range(200):
    x = random.uniform(-1e10, 1e10)
    n, d = x.as_integer_ratio()
    print(n, d, n / d == x)
for x in (float('inf'), float('nan')):
    try:
        x.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
odd = ['1e500', '-1e500', '1e-500', '  1.5  ', '1_0.5', '1__0', '.5', '5.', '.', 'e5', '1e', 'infinity', '+inF', '-nAn', 'nan(1)',
       '0x10', '1,5', '١.٥', '1.5\x00', '\t-0.0\n', '1_000.000_1', '_1.0', '1.0_', '1e1_0', 'in f', '++1']
for s in odd:
    try:
        print(repr(s), repr(float(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
