import math, operator
for v in [27, -8, 0.0, -0.0, 2, 1e300, float('inf'), float('-inf'), float('nan')]:
    print(repr(math.cbrt(v)))
for v in [0, 1, 10, -1, 0.5, 1024, -1075, float('inf'), float('-inf')]:
    print(repr(math.exp2(v)))
try:
    math.exp2(2000)
except Exception as e:
    print(type(e).__name__, e)
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.gcd(), math.gcd(12, 18, 24), math.gcd(-12, 0))
try:
    math.lcm(1.5)
except Exception as e:
    print(type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(float('inf'), 0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-2.0), math.ulp(1e300), math.ulp(float('inf')), math.ulp(float('nan')))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(True))
try:
    math.isqrt(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    math.isqrt(2.0)
except Exception as e:
    print(type(e).__name__, e)
print(math.comb(10, 3), math.perm(5), math.perm(5, 2), math.comb(5, 7), math.prod([1, 2, 3], start=2))
try:
    math.comb(-1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.hypot())
print(operator.call(pow, 2, 10), operator.call(dict, a=1))
try:
    operator.call()
except Exception as e:
    print(type(e).__name__, e)
print((255).bit_count(), (-255).bit_count(), (0).bit_count(), (2**100 - 1).bit_count(), True.bit_count())
print(int.bit_count(7))
print("prefix_text".removeprefix("prefix_"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""))
print(b"abcdef".removeprefix(b"ab"), bytearray(b"abc").removesuffix(b"c"))
try:
    "abc".removeprefix(None)
except Exception as e:
    print(type(e).__name__, e)
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print(d1 | d2, d2 | d1)
d1 |= d2
print(d1)
d1 |= [("z", 0)]
print(d1)
try:
    d1 | [("z", 0)]
except Exception as e:
    print(type(e).__name__, e)
from collections import OrderedDict, defaultdict, Counter, ChainMap
print(OrderedDict(a=1) | {"b": 2}, defaultdict(int, a=1) | {"b": 2}, {"x": 1} | OrderedDict(y=2))
print(ChainMap({"a": 1}) | {"b": 2})
import types
mp = types.MappingProxyType({"a": 1})
print(mp | {"b": 2}, type(mp | {"b": 2}).__name__)
print(list(zip([1, 2], "ab", strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", (1,)), ([], "a"), ([1, 2], "ab", [1, 2, 3])]:
    try:
        print(list(zip(*args, strict=True)))
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00"), (256).to_bytes(2), (1).to_bytes())
print(math.sumprod([1,2],[3,4]) if hasattr(math, 'sumprod') else 'no sumprod')
print(math.fsum([0.1] * 10), math.log2(8), math.log(8, 2), math.remainder(10, 3), math.trunc(-2.5))
print(math.tau, math.inf, -math.inf, math.nan)
