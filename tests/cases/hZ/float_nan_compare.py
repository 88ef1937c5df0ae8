nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print([nan] == [nan], (nan,) == (nan,), nan in [nan], {nan: 1}.get(nan))
x = float("nan")
print([x] == [nan], x in [nan], [x].count(x), [x].index(x))
print(inf == inf, inf > 1e308, -inf < -1e308, inf - inf, inf * 0, inf / 1e308)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.copysign(1, -0.0))
print(0.0 == -0.0, hash(0.0) == hash(-0.0), repr(-0.0), str(-0.0 + 0.0))
print(1 == 1.0, hash(1) == hash(1.0), 2**53 == 2.0**53, 2**53 + 1 == 2.0**53)
print(10**400 > inf, -10**400 < -inf, 10**400 == inf, 1e308 < 10**309)
print((0.1 + 0.2) == 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16 + 1)
print(float.fromhex("0x1.8p1"), (3.5).hex(), (0.1).as_integer_ratio(), (2.5).is_integer())
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (inf).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
