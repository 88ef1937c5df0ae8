import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1e10, 1.00001e10, rel_tol=1e-4))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.factorial(20), math.comb(100, 50))
for f, args in ((math.comb, (-1, 2)), (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.sqrt, (-1,)), (math.log, (0,)), (math.perm, (3, -1))):
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.gcd(12, 18), math.gcd(), math.gcd(0, -4), math.lcm(4, 6), math.lcm(), math.isqrt(10**20 + 1), math.prod([1, 2, 3], start=2))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), math.atan2(1, 1), math.pi, math.e, math.tau, math.inf)
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(3, -0.0), math.fabs(-2))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.isqrt(0))
try:
    math.isqrt(-1)
except ValueError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
