for s in (slice(None), slice(1, 5), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100, 3), slice(5, 1), slice(None, None, 2**70)):
    print(s, s.indices(7), s.indices(0), range(7)[s])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print(e)
try:
    slice("a", 1).indices(3)
except TypeError as e:
    print(e)
s = slice(1, 2, 3)
print(s.start, s.stop, s.step, slice(4), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx():], "abcd"[slice(Idx(), None)], slice(Idx()).indices(10) if False else "")
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::], g[1:2, 3], g[...], g[:, None])
