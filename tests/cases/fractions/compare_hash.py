from fractions import Fraction as F
import math

vals = [F(1, 2), F(-1, 2), F(2), F(0), 2, 0.5, -0.5, 2.0, 0.1, F(1, 10), float('inf'),
        float('-inf'), float('nan'), 1+0j, 0.5+0j, 0.5j]
for x in vals:
    for y in vals:
        if not isinstance(x, F) and not isinstance(y, F):
            continue
        row = [x == y, x != y]
        for op in ('<', '<=', '>', '>='):
            try:
                row.append(eval('x %s y' % op))
            except TypeError as e:
                row.append('TE')
        print(repr(x), repr(y), row)

for f in [F(1, 2), F(-1, 2), F(3), F(-3), F(0), F(1, 3), F(-1, 3), F(10**40, 7),
          F(1, 2**61 - 1), F(-1, 2**61 - 1), F(2**61 - 1), F(-1), F(5, 4), F(2**70, 3**40)]:
    print(repr(f), hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), hash(F(-1)) == hash(-1),
      hash(F(3, 8)) == hash(0.375), hash(F(10**30)) == hash(10**30))
print({F(1, 2): 'a', 0.5: 'b', F(2): 'c', 2: 'd'})
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0}))
print(sorted([F(1, 3), 0.3, F(-2), 1, F(7, 8), -1.5]))
print(max(F(1, 3), F(1, 4)), min(F(1, 3), 0.25))
