import random, math
random.seed(29)
special = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 0.5, -2.5, 1e308, 5e-324, 3.0, -7.0, 1e16, 10, -3, 0, 2**70]
for i in range(2000):
    a = random.choice(special + [random.uniform(-100, 100)])
    b = random.choice(special + [random.uniform(-100, 100)])
    op = random.choice(['//', '%', 'divmod', '**', 'pow', '/', 'fmod', 'round0', 'trunc', 'int', 'isint', 'ratio'])
    try:
        if op == '//': r = a // b
        elif op == '%': r = a % b
        elif op == 'divmod': r = divmod(a, b)
        elif op == '**': r = a ** b if isinstance(a, float) or isinstance(b, float) else float(a) ** b
        elif op == 'pow': r = pow(a, b) if isinstance(a, float) or isinstance(b, float) else pow(a, float(b))
        elif op == '/': r = a / b
        elif op == 'fmod': r = math.fmod(a, b)
        elif op == 'round0': r = round(a)
        elif op == 'trunc': r = math.trunc(a)
        elif op == 'int': r = int(a)
        elif op == 'isint': r = float(a).is_integer()
        elif op == 'ratio': r = float(a).as_integer_ratio()
        print(i, repr(a), op, repr(b), repr(r))
    except Exception as e:
        print(i, repr(a), op, repr(b), type(e).__name__, e)
for x in [0.1, 1/3, 2/3, 1e-10, 123456789.123, 1e15, 1e16, 1e17, 9.999999999999999e22, 1e23, 0.30000000000000004, 5e-324, 2**0.5, 100.0, 1e-5, 0.0001]:
    print(repr(x), str(x), repr(-x), float(repr(x)) == x)
print(float('1e23'), 1e22 + 1, 2.0 ** 1023 * 2 if False else 'x', (-8) ** (1 / 3), 0.0 ** 0, 0 ** 0.0, (-1) ** 0.5)
for bad in [lambda: 0.0 ** -1, lambda: 2.0 ** 10000, lambda: (-2.0) ** 0.5, lambda: 10 ** -2, lambda: 10.0 // 0, lambda: 1 % 0.0, lambda: divmod(1.0, 0), lambda: int(math.inf), lambda: int(math.nan), lambda: math.inf // 1, lambda: 2 ** -1.5, lambda: pow(2, 3, 0), lambda: pow(2, -1, 7), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: 1 << -1, lambda: 1 << 2**70, lambda: 2**63 >> 2**70]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
