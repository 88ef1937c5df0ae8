# Special values and errors of the libm-backed math/cmath functions.
import math
import cmath

for name in ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "log10"]:
    f = getattr(math, name)
    for x in [math.inf, -math.inf, math.nan, 2.0, -2.0, 0.0, -1.0, 800.0, -800.0, 1e300]:
        try:
            print(name, x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)

for y in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]:
    print([repr(math.atan2(y, x)) for x in [0.0, -0.0, 2.0, -2.0, math.inf, -math.inf, math.nan]])

zs = [complex(0.5, 0.25), complex(-3.0, 2.0), complex(1e-5, -7.0), complex(20.0, 1.5), complex(-0.75, -0.125)]
for fname in ["sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "log", "log10", "exp", "sqrt"]:
    f = getattr(cmath, fname)
    print(fname, [repr(f(z)) for z in zs])
print([repr(cmath.phase(z)) for z in zs], [repr(cmath.rect(2.5, p)) for p in [0.1, 1.3, -2.9, 100.0]])
print([repr(z ** 0.5) for z in zs], [repr(z ** complex(0.3, 1.1)) for z in zs])
math.asin(3.5)
