# math's float functions: values, special values, domain and range errors.
import math


def show(label, f, *args, exact=True):
    try:
        r = f(*args)
    except Exception as e:
        print(label, args, '!', type(e).__name__, e)
        return
    if isinstance(r, float) and not exact and math.isfinite(r):
        # Not correctly rounded in C libraries: compare 13 significant digits.
        print(label, args, '%.13g' % r)
    else:
        print(label, args, repr(r))


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(math.tau == 2 * math.pi, math.isnan(math.nan), math.isinf(math.inf))

specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308,
            math.inf, -math.inf, math.nan, 3, -7, True, 2**60, 0.1, 710.0, -745.5, 1e16]
libm = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'erf', 'erfc', 'exp',
        'exp2', 'expm1', 'gamma', 'lgamma', 'log1p', 'sin', 'sinh', 'tan', 'tanh']
exact = ['cbrt', 'fabs', 'sqrt', 'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'ulp']
for name in libm:
    for x in specials:
        show(name, getattr(math, name), x, exact=False)
for name in exact:
    for x in specials:
        show(name, getattr(math, name), x)

for x in [4.0, 2.0, 1e-320, 123456789.0, 0.25, 1e300 * 10, 27.0, -64.0, 1000.0, 3.0, 2**52 + 1.0]:
    print('sqrt/cbrt', x, repr(math.sqrt(abs(x))), repr(math.cbrt(x)))

# Gamma family near poles, small and large arguments.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e-25, -1e-25, 5.0, 10.0, 23.0, 24.0, 30.5, 100.0,
          141.5, 170.5, 171.0, 171.7, 172.0, -170.5, -200.5, -1e10, 1e10, 1e306, 0.0, -0.0, -1.0, -2.0,
          -3.0, 1.0, 2.0, 3.0]:
    show('gamma', math.gamma, x, exact=False)
    show('lgamma', math.lgamma, x, exact=False)
for n in range(1, 24):
    print(n, math.gamma(n) == math.factorial(n - 1), math.lgamma(n) == math.log(math.factorial(n - 1)) or n)

# Two-argument functions.
pairs = [(1.0, 2.0), (-1.0, 2.0), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (math.inf, 1.0), (1.0, math.inf),
         (math.inf, math.inf), (-math.inf, math.inf), (math.nan, 1.0), (1.0, math.nan), (7.0, 3.0),
         (-7.0, 3.0), (7.0, -3.0), (5.5, 2.0), (1e300, 1e-300), (2.0, 0.5), (-8.0, 1 / 3), (10, 400),
         (0.0, -1.0), (-0.0, -3.0), (-2.0, 3.0), (-2.0, -3.0), (2, 1024), (1.0, 0.0), (6.0, 4.0), (3, 2)]
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter']:
    for x, y in pairs:
        show(name, getattr(math, name), x, y, exact=name not in ('atan2',))
for x, y in [(1.5, 0.5), (2.5, 1.0), (3.5, 1.0), (-2.5, 1.0), (1e308, 1e-308), (5e-324, 1e-323)]:
    show('remainder', math.remainder, x, y)

# frexp, ldexp, modf.
for x in [0.0, -0.0, 1.0, -8.5, 0.1, 1e-310, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 3, 2**70]:
    show('frexp', math.frexp, x)
    show('modf', math.modf, x)
for x, i in [(1.0, 10), (0.5, -1073), (0.75, -1074), (1.0, -1075), (1.5, -1074), (3.0, -1075), (1.0, 1023),
             (1.0, 1024), (-1.0, 1024), (1.0, -2**70), (1.0, 2**70), (0.0, 2**70), (math.inf, -5), (math.nan, 3),
             (7, True), (1e-310, 100), (1.7976931348623157e308, -2000), (1.0, 1.0), (1.0, '3')]:
    show('ldexp', math.ldexp, x, i)
for x in [0.0, 1.0, -1.0, 2.5, 1e-310, 5e-324, 1e308, math.inf, -math.inf, 1.7976931348623157e308]:
    show('nextafter up/down', lambda v: (math.nextafter(v, math.inf), math.nextafter(v, -math.inf)), x)

# Argument conversion: __float__, __index__, bad types, huge ints.
class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class BadF:
    def __float__(self):
        return 'x'


for arg in [F(), I(), BadF(), 'x', None, [1], 2**1100, -2**1100, 1j]:
    show('sqrt of ' + type(arg).__name__, lambda: math.sqrt(arg))
show('sin', math.sin)
show('sin', math.sin, 1, 2)
show('atan2', math.atan2, 1)
show('pow', math.pow, 1, 2, 3)
show('fmod', math.fmod, 1)
show('degrees', math.degrees, 'a')
