vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 123.456, -123.456, 1e300, 1e-300, 5e-324, 0.0, -0.0, 1234567.5, 2**53 + 0.0, 1e16, 9.995, 0.045, 1.25, -1.25]
for v in vals:
    row = []
    for n in [None, 0, 1, 2, 3, -1, -2, -300, 300, 400, -400]:
        try:
            r = round(v, n) if n is not None else round(v)
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), ' '.join(row))
for v in [0, 5, 15, 25, -25, 12345, -12345, 10**20 + 5 * 10**9, 2**100, 1]:
    print(v, [round(v, n) for n in [None, 0, 2, -1, -2, -5, -30]])
print(divmod(-0.0, 1), divmod(0.0, -1), (-0.0) % 1, 0.0 // -1, -0.0 // 1, 5 % -0.5, -5 % 0.5, 1e300 % 1e-300, 7.5 % float('inf'), -7.5 % float('inf'), divmod(7, float('inf')), divmod(-7, float('inf')))
print(float('inf') // 1, float('inf') % 1 if False else '', divmod(1, float('-inf')), 3 // 0.1, 3 % 0.1, divmod(1, 0.1), -3 // 0.7, 1e20 // 3, (2**60) // 0.5)
for f in [lambda: float('inf') % 1, lambda: divmod(float('inf'), 1), lambda: float('nan') // 1, lambda: 1 // float('nan')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import math
print(math.floor(2.5), math.ceil(-0.5), math.trunc(1e20), math.floor(-1e-300), math.ceil(1e-300), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fabs(-2), math.copysign(3, -0.0))
print(int(2.9999999999999999), int(-0.9), int('-0'), float('-0'), -0, 0 * -1.0, (-1.0) ** 0.5 if False else '', (-8) ** (1 / 3), pow(-8, 1 / 3), (-2.0) ** 2, (-2) ** 0.5, 2 ** -1074, 2.0 ** -1075)
