import math, struct, array
nan = float('nan')
other = float('nan')
print(nan == nan, nan != nan, nan is nan, nan is other, nan == other)
print(nan in [nan], nan in [other], float('nan') in [float('nan')], [nan] == [nan], [nan] == [other], (nan,) == (other,))
print(len({nan, nan}), len({nan, other}), len({float('nan') for _ in range(4)}), len(set([nan, other, nan])))
d = {nan: 1}
d[other] = 2
d[nan] = 3
print(len(d), d.get(nan), d.get(other), d.get(float('nan')), sorted(d.values()))
print([nan, other].count(nan), [nan, other].index(other), [1, nan].index(nan))
try:
    [1, nan].index(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(math.isnan(nan), math.isnan(other), str(nan), repr(-nan), math.copysign(1, float('-nan')), math.copysign(1, nan))
print(struct.pack('<d', nan), struct.pack('>f', float('-nan')), array.array('d', [nan]).tobytes(), struct.unpack('<d', struct.pack('<d', nan))[0])
print(float(nan) is nan, nan in (nan,), nan in {nan: 0}, nan in {nan}, max(nan, 1), min(1, nan), sorted([3, 1, 2]) , hash(nan) == hash(nan))
x = [nan, 1.0, nan]
print(x.count(nan), x == x, x != x, x < x + [0])
print(math.nan is math.nan, math.nan in [math.nan], math.nan == math.nan, {math.nan: 1}.get(math.nan))
import collections
c = collections.Counter([nan, nan, other])
print(sorted(c.values()))
