import sys
x = 2 ** 20000
try:
    print(len(str(x)))
except ValueError as e:
    print(e)
print(len(hex(x)), x.bit_length(), x % 1000007)
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(x)))
sys.set_int_max_str_digits(5000)
print(len(str(3 ** 9000)))
import math
print(math.factorial(50), math.comb(100, 50), math.isqrt(10**40 + 1), math.gcd(2**100, 6**50), math.lcm(12, 18, 30))
print((10**50) // 7, -(10**50) // 7, (10**50) % -7, divmod(-10**30, 10**15 + 3), pow(3, 10**5, 10**9 + 7))
print(float(10**308), int(1.5e300) % 1000)
try:
    float(10**309)
except OverflowError as e:
    print(e)
try:
    10**400 / 1
except OverflowError as e:
    print(e)
print(10**400 // 10**399, (10**400) .bit_length(), 1 << 1000 >> 999, -1 >> 100, -(2**100) >> 99)
print(int.from_bytes(b"\xff\x00", "big"), (65535).to_bytes(3, "little"), (-1).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(abs(-2**70), hash(2**70) == hash(2**70 % (2**61 - 1)), round(2**70 + 0.5) == 2**70, 2**70 == 2.0**70)
print(7 .__index__(), (5).__round__(-1), int.__new__(int, 5), (2**64).__sizeof__() > 0, True.__int__())
print(sum(range(10**6)), sum([0.1] * 10), math.fsum([0.1] * 10), sum([1, 2], start=10))
print(max(range(10**5)), min(-1, -2.5), max("abc", "abd", key=len), max([], default=None))
