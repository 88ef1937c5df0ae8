import sys, math
for f in [lambda: str(10 ** 5000), lambda: repr(-10 ** 4300), lambda: len(str(10 ** 4299)), lambda: f'{10**5000:d}', lambda: hex(10 ** 5000)[:10], lambda: '%d' % 10 ** 5000, lambda: int('1' * 4301), lambda: int('1' * 4300) % 7, lambda: format(10**5000, 'x')[:5], lambda: sys.get_int_max_str_digits()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.int_info.max_str_digits if hasattr(sys.int_info, 'max_str_digits') else '', sys.int_info.bits_per_digit > 0)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e15, 1e16, 1e17, 123456789.123456789, 9007199254740993, 0.000123, 1e-4, 1e-5, 5e-5, 12345678901234567890.0, 1.1e16, 4.35, 2.675, 1.005, 100.0, 1e23, 8.41e21, 5e-324, 2.2250738585072014e-308, float(2**53), float(2**53 + 1), 0.1 * 3, 1 - 0.9, 3.0e10, 314.0e-2]
for v in vals:
    print(repr(v), str(v), '%s' % v, '%r' % v, '%.17g' % v, format(v, 'f'), round(v, 3), round(v), v.hex() if v < 1e-300 else '', float(repr(v)) == v)
print(float('  1.5  '), float('+1E3'), float('-.5'), float('5.'), float('0x10') if False else '', float(' -0 '), float('1_000.000_1'), float('inF'), float('-nan'), float('NaN'))
for s in ['1e', 'e1', '1.2.3', '--1', '', '0x1p3', '1,5', 'infinit', 'nan1', '١٫٥', '1 0', '_1', '1_']:
    try:
        print(float(s))
    except ValueError as e:
        print(e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), round(-2.5), -2.5 // 1, math.fmod(-7, 2), -7 % 2, math.remainder(7, 2), divmod(7.5, -2))
print(math.isclose(0.1 + 0.2, 0.3), math.isqrt(10**20), math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3]), math.fsum([0.1] * 10), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.acos(2), lambda: math.pow(0, -1), lambda: math.ldexp(1, 10000), lambda: math.comb(-1, 2), lambda: math.gcd(1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.sin(0), math.cos(0))
print(7 / 2, 7 // 2, -7 / 2, 7.0 // 2, 2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 10 / 5, type(10 / 5).__name__, 1e308 + 1e308, -(1e308 * 10), 0.0 / 1, 1 // -0.5)
print(int(1e18), int(1.5e18), int(-1e19), int(2.0 ** 70), float(2 ** 70), float(-(2 ** 1023)), 2 ** 1023 * 1.0, 10 ** 20 / 3, 10 ** 30 // 7 * 7.0, (10 ** 400) // (10 ** 399), (10 ** 400) / (10 ** 399))
for f in [lambda: float(2 ** 1024), lambda: 2 ** 1024 * 1.0, lambda: 10 ** 400 / 3, lambda: 1.5 ** 10000, lambda: math.floor(float('inf')), lambda: int(float('-inf')), lambda: (2 ** 1024) / (2 ** 1023)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(1 == 1.0 == 1 + 0j, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, -10 ** 400 < float('-inf'), 10 ** 400 < float('inf'), float('nan') != float('nan'), 0.1 + 0.2 == 0.3, 1 < 2.5 < 3, 2 ** 64 == 2.0 ** 64)
print(sorted([3, 1.5, 2, -0.0, 0, True, 2 ** 64, -1e300]), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
