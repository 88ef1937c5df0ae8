import math
print((1.5).as_integer_ratio(), (0.25).hex(), float.fromhex("-0x1p-2"), float.fromhex("inf"), (3.0).is_integer(), (3.5).is_integer())
print(1.0.real, 1.5.imag, (2.5).conjugate(), float("nan") != float("nan"), 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e308 * 10, -1e308 * 10)
print(round(0.1 + 0.2, 10), 1e-320, 2.2250738585072014e-308, 4.9e-324, 1.7976931348623157e308, 2.0 ** 1023)
print(float(2**1023), 2**53 + 1.0, float(10**20), float(-10**20), 1 / 3 * 3 == 1, 7.0 // 2, -7.0 // 2, 7.0 % -2)
try:
    float(2**1024)
except OverflowError as e:
    print(e)
try:
    2**1024 / 1
except OverflowError as e:
    print(e)
print(2**1024 // 3 > 0, (2**1024) / (2**1023), 10**400 / 10**399, 1 / 10**400)
try:
    float.fromhex("zz")
except ValueError as e:
    print(e)
print(math.floor(-0.5), math.ceil(-0.5), int(-0.5), round(-0.5), round(0.5000001), math.trunc(1e20), int(1e20), int(1.5e300) > 0)
print(hash(1.5), hash(-1.0), hash(float("inf")), hash(0.1) == hash(0.1), hash(2.0) == hash(2))
print(f"{math.pi:.20f}", f"{1/3:.17g}", repr(1/3), str(2/3), 1e15, 1e16, 123e-10, 0.00001, 0.0001)
print(sorted([3.5, -0.0, 0.0, -1e-300, float("inf")]), max(0.0, -0.0), min(0.0, -0.0))
