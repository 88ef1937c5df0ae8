import random, math
random.seed(9)
def rx():
    k = random.random()
    if k < 0.15:
        return random.choice([0.0, -0.0, 1.0, -1.0, 0.5, 2.0, float('inf'), float('-inf'), float('nan'), 1e308, -1e308, 5e-324, 710.0, -745.0, 1e-300])
    if k < 0.3:
        return random.randint(-20, 20)
    if k < 0.35:
        return random.randint(-10**30, 10**30)
    return random.uniform(-10, 10) * 10 ** random.randint(-3, 3)
f1 = ['sqrt', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
      'asinh', 'acosh', 'atanh', 'floor', 'ceil', 'trunc', 'fabs', 'gamma', 'lgamma', 'erf', 'erfc', 'degrees', 'radians', 'isfinite',
      'isinf', 'isnan', 'frexp', 'modf', 'cbrt', 'exp2', 'factorial', 'isqrt']
f2 = ['pow', 'atan2', 'fmod', 'copysign', 'hypot', 'remainder', 'ldexp', 'gcd', 'lcm', 'comb', 'perm', 'log', 'nextafter', 'dist', 'isclose']
def show(r):
    if isinstance(r, float):
        return repr(r)
    if isinstance(r, tuple):
        return repr(r)
    return repr(r)
for i in range(1200):
    if random.random() < 0.55:
        name = random.choice(f1)
        x = rx()
        try:
            print(i, name, repr(x), show(getattr(math, name)(x)))
        except Exception as e:
            print(i, name, repr(x), type(e).__name__, e)
    else:
        name = random.choice(f2)
        x = rx(); y = rx()
        if name in ('gcd', 'lcm', 'comb', 'perm'):
            x = random.randint(-30, 60); y = random.randint(-5, 30)
        if name == 'ldexp':
            y = random.randint(-1100, 1100)
        if name == 'dist':
            x = (x, rx()); y = (y, rx())
        try:
            print(i, name, repr(x), repr(y), show(getattr(math, name)(x, y)))
        except Exception as e:
            print(i, name, repr(x), repr(y), type(e).__name__, e)
for i in range(100):
    xs = [rx() for _ in range(random.randint(0, 6))]
    for name in ('fsum', 'prod', 'hypot'):
        try:
            f = getattr(math, name)
            print(name, repr(f(*xs) if name == 'hypot' else f(xs)))
        except Exception as e:
            print(name, type(e).__name__, e)
print(math.gcd(), math.lcm(), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.comb(100, 50), math.perm(10), math.perm(10, 3))
for bad in ('1', None, 1.5, 2**2000):
    for name in ('sqrt', 'factorial', 'floor', 'isqrt'):
        try:
            print(name, getattr(math, name)(bad))
        except Exception as e:
            print(name, type(e).__name__, e)
