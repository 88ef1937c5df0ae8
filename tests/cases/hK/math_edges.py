import math
# (erf/erfc left out: wasi-libc's and glibc's differ in the last digit for some arguments;
# CPython 3.11 uses the C library's)
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e308, float('inf'), float('-inf'), float('nan'), 10, -3]
fns = ['sqrt', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
       'asinh', 'acosh', 'atanh', 'gamma', 'lgamma', 'fabs', 'floor', 'ceil', 'trunc', 'exp2', 'cbrt', 'degrees', 'radians']
for fn in fns:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, fn)(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(fn, ' '.join(out))
print(math.log(8, 2), math.log(100, 10), math.pow(2, 0.5), math.atan2(-0.0, -1), math.copysign(3, -0.0), math.fmod(-7, 3))
for a in [(0, -1), (-8, 1/3), (float('inf'), 0), (0, 0)]:
    try: print(math.pow(*a))
    except Exception as e: print(type(e).__name__, e)
print(math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')))
try: math.isclose(1, 2, rel_tol=-1)
except ValueError as e: print(e)
print(math.comb(10, 3), math.comb(3, 10), math.perm(5), math.perm(5, 2), math.perm(2, 5), math.factorial(20))
for bad in [lambda: math.comb(-1, 2), lambda: math.comb(1.0, 2), lambda: math.perm(3, -1), lambda: math.factorial(-1), lambda: math.factorial(2.0),
            lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.gcd(1.5), lambda: math.isqrt(-1),
            lambda: math.dist((1,), (1, 2)), lambda: math.log(10, 1), lambda: math.ldexp(1, 10000), lambda: math.fsum([float('inf'), float('-inf')]),
            lambda: math.prod([1, 2], 3), lambda: math.floor('x'), lambda: math.sqrt('x'), lambda: math.nextafter(1, 2, steps=-1) if False else math.lcm(1.5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod(range(1, 11)), math.prod([]), math.prod([2, 3], start=0.5))
print(math.dist((0, 0), (3, 4)), math.hypot(), math.hypot(3), math.hypot(1, 2, 2, 4), math.hypot(-3, 4), math.hypot(float('inf'), float('nan')))
print(math.gcd(), math.gcd(12, 18, 8), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.isqrt(10**20 + 1))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(-2.5), math.ceil(-2.5), math.floor(10**20), math.ceil(1e20), type(math.floor(2.0)))
try: math.floor(float('inf'))
except OverflowError as e: print(e)
try: math.ceil(float('nan'))
except ValueError as e: print(e)
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.modf(-3.25), math.modf(float('inf')), math.remainder(10, 3), math.remainder(-5, 2))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.pi, math.e, math.tau, math.inf, -math.nan)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.nextafter(0.0, -1), math.log(2**2000), math.log10(10**500), math.log2(2**1000 + 1))
print(math.sqrt(10**2), math.exp(-1000), math.atan(math.inf), math.sin(1e22), math.trunc(-0.9), math.fabs(-0.0))
print(math.factorial(0), math.comb(100, 50), math.perm(10, 0), math.fmod(5.5, float('inf')), math.copysign(1, float('-nan')))
