import math
inf, nan = float('inf'), float('nan')
vals = [1e16, 1e-5, 0.1+0.2, 5e-324, 1.7976931348623157e308, 1e15, 123456789012345678.0, 1e-4, 0.0001234, -0.0, 1e22, 1e23, 2.5e-7, 9.999999999999999e15, 1/3, 2/3, 100.0, 1.5e300*1.5e10]
for v in vals:
    print(repr(v), str(v), format(v), format(v, ''), '%s %r' % (v, v))
for a in [5.0, -5.0, 0.0, -0.0, inf, -inf, nan]:
    for b in [3.0, -3.0, inf, -inf, 0.5]:
        try:
            print(a, b, a // b, a % b, divmod(a, b), math.fmod(a, b) if not math.isinf(a) else 'x')
        except Exception as e:
            print(a, b, type(e).__name__, e)
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1.0, 1e-300 % -1.0, -0.0 // 1, 0.0 // -1)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e300, 5e-324]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, 0), round(x, -1), round(x, 400), round(x, -400))
print(round(1.0e22, -22), round(1234.5678, -2), round(-1234.5678, 3), type(round(2.5)), type(round(2.5, 0)))
for bad in [inf, -inf, nan]:
    try:
        round(bad)
    except Exception as e:
        print(type(e).__name__, e)
    print(round(bad, 2))
for f in [1e300, -1e300, 2.0**63, 2.0**64+0.0, 4.5e15+0.5, -7.5, 1e16]:
    print(math.floor(f), math.ceil(f), math.trunc(f), int(f), f.__round__(), f.is_integer())
print(float.__round__(2.5), float.__round__(3.5, None), float.__round__(2.55, 1))
print(nan == nan, nan != nan, nan < 1, nan in [nan], [nan] == [nan], (nan,) == (nan,), nan is nan)
x = nan
print(x in [x], [x] == [x], {x: 1}.get(x), x in {x}, float('nan') in {x})
print(sorted([3.0, 1, 2**60, -inf, 0.5, True]), max(1, 1.0), min(1.0, 1), max(-0.0, 0.0), min(0.0, -0.0))
print(float('1e500'), float('-1e500'), float('1e-500'), float(' -inF '), float('nAn'), float('infinity'), float('1_0.5'))
for s in ['1e', '0x10', '1__0', '', 'in f', '.', '-.e1', '1,5']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex(), float.fromhex('-0x1p-1074'), (5e-324).hex(), (-0.0).hex(), inf.hex() if hasattr(inf,'hex') else 0)
print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1])
try:
    inf.as_integer_ratio()
except Exception as e:
    print(type(e).__name__, e)
try:
    nan.as_integer_ratio()
except Exception as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2 if False else 0)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
print((-8) ** (1/3), (-1.0) ** 0.5, 0.0 ** 0, (-0.0) ** 3, inf ** 0, nan ** 0, 1 ** nan, (-1) ** inf)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(math.isclose(0.1+0.2, 0.3), 0.1+0.2 == 0.3, sum([0.1]*10), math.fsum([0.1]*10))
print(int(2.9), int(-2.9), int('  -7  '), float(True), float(10**20), 7/2, -7/2, 1/7)
print(math.copysign(1, -0.0), math.copysign(0.0, -1), -0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(hash(1.0) == hash(1), hash(-0.0), hash(0.5), hash(inf), hash(-inf), hash(1e300) == hash(int(1e300)))
