import math
vals = [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1e-5, 1.5e-7, 123456789012345678.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 100.0, 1e15, 9999999999999998.0, 0.30000000000000004, -2.5]
for v in vals:
    print(repr(v), str(v), v.is_integer(), v.hex(), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, ".2f"), format(v, "%"), format(v, "+.1e"), format(v, "#g"), format(v, "010.2f"), format(v, ","), format(v, "_.1f"))
for v in vals:
    if math.isfinite(v):
        print(v.as_integer_ratio(), float.fromhex(v.hex()) == v, int(v), round(v), round(v, 1), round(v, -1), math.floor(v), math.ceil(v), math.trunc(v))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1e300, 2), round(1.23456, 10), round(5e-324, 400), round(123.456, -2), round(-0.0), round(0.0, -1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        bad.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
for s in ["1.5", " -2 ", "1e3", "1E-3", "inf", "-Infinity", "nan", "+NaN", "1_000.5", ".5", "5.", "0x1p3", "1__0", "", "abc", "1.5.2", "١٫٥", "1e", "e1", "  \n3.25\t", "infinity", "iNfInItY", "-nan", "1_e5", "0001.0", "1e500", "-1e500", "1e-500"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(float(b"1.5"), float(bytearray(b"2")), float(), float(10**20), float(True), float.fromhex("0x1.8p1"), float.fromhex("-0x.1p-2"), float.fromhex("inf"), float.fromhex(" 0x10 "))
for bad in ["0x1.g", "1p", "", "0x1p99999"]:
    try:
        print(float.fromhex(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [None, [1], "1" + "0" * 5, 1j]:
    try:
        print(float(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(1.0 == 1, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > float("inf"), -10**400 < float("-inf"), float("nan") == float("nan"), float("nan") != float("nan"), 1 < float("nan"), 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, 0.5 == 1/2)
n = float("nan")
print(n is n, n == n, [n] == [n], n in [n], (n,) == (n,), {n: 1}.get(n), hash(0.0) == hash(-0.0) == hash(0), hash(1.5) == hash(1.5), hash(float("inf")), hash(2.0) == hash(2))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2), 1e300 * 1e300, -1e300 * 1e300, 2.0 ** 0.5, (-8.0) ** (1/3), 0.0 ** 0, math.fmod(-7.5, 2), -0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
for op in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1, lambda: 10.0 ** 400, lambda: (-1.0) ** 0.5 == 0]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(float.__add__(1.0, 2), (1.5).__radd__(1), (1.5).__eq__(1), (1.5).__add__("x"), float.__trunc__(2.7), (2.5).__floor__() if hasattr(2.5, "__floor__") else "", (2.5).__round__(), (2.5).__round__(0), (2.55).__round__(1), (3.0).conjugate(), (3.0).real, (3.0).imag)
class MyF(float):
    pass
f = MyF(2.5)
print(f, repr(f), type(f + 1).__name__, type(-f).__name__, f.is_integer(), MyF("1e3"), MyF.fromhex("0x1p1"), type(MyF.fromhex("0x1p1")).__name__, float(f), type(float(f)).__name__)
print(format(1234.5, "n"), format(1e100, ".0f")[:20], format(0.0001, ".0e"), format(1.0, ".0%"), format(-0.0, "+"), format(-0.0, ".1f"), format(1.25, "^10.1f"), format(1.5, "=+8"), format(2.0, "z.1f") if False else "", format(1e-10, "g"), format(1e-4, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(1.0, "#.3g"), format(float("nan"), "08.2f"), format(float("-inf"), "^10"))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([0.1] * 10), sum([0.1, 0.2, 0.3], 0.0), sum((1.5, 2), 1))
print(float("0.1") * 3, 1.1 * 1.1, 1e16 + 1, 2.0 ** 1023 * 2 if False else 2.0 ** 1023, 4.35 * 100, 0.1 ** 10, 1 / 7)
