# slice index normalisation: small, huge, negative, None, __index__ and bool bounds
import sys
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f"I({self.v})"
l = list(range(10))
big = 10 ** 30
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -1), slice(big, -big, -1),
          slice(-big, big), slice(-big, big, big), slice(big, None, -big), slice(I(1), I(8), I(3)),
          slice(True, False), slice(1, 9, -2), slice(sys.maxsize, -sys.maxsize - 1, -3),
          slice(-sys.maxsize - 1, None), slice(5, 5), slice(9, 2, -1), slice(-1, -11, -1)]:
    print(s, l[s], "abcdefghij"[s], tuple(l)[s], range(10)[s], s.indices(10), s.indices(0))
for bad in [slice(1, 2, 0), slice("a", 2), slice(1, 2.0), slice(None, None, I(0))]:
    try:
        l[bad]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = l[:]
m[2:5] = "xyz"; print(m)
m[::3] = [0, 0, 0, 0]; print(m)
m[big:] = [1]; print(m)
m[-big:2] = []; print(m)
m[8:2:-2] = "abc"; print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
del m[::-3]; print(m)
del m[big:-big:-1]; print(m)
p = list(range(9))
for k in range(1, 8):
    q = p[:]
    q[:k + 1] = q[k::-1]
    print(q)
