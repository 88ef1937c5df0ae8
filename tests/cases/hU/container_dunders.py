class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("getitem", repr(key))
        if isinstance(key, tuple):
            return self.data.get(key, 0)
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, v):
        print("setitem", repr(key), v)
        self.data[key] = v
    def __delitem__(self, key):
        print("delitem", repr(key))
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, k):
        return k in self.data
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[1:2], g[::3], g[:], g[1:2:3])
del g[1, 2]
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
try:
    g["x"]
except TypeError as e:
    print(e)
print(len(g), (1, 2) in g, bool(g))
g[1:3] = [7]
print(len(g))
try:
    g[[1]] = 2
except TypeError as e:
    print("TypeError", e)
class RO:
    def __getitem__(self, i):
        return i
r = RO()
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    del r[0]
except TypeError as e:
    print(e)
class WO:
    def __setitem__(self, k, v): pass
try:
    WO()[0]
except TypeError as e:
    print(e)
try:
    len(RO())
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 1
print([10, 20, 30][Idx()], (1, 2)[Idx()], "abc"[Idx()], b"xyz"[Idx()], range(5)[Idx()])
print([1, 2, 3][Idx():], [1, 2, 3] * Idx(), Idx() * "ab")
l = [0, 0, 0]
l[Idx()] = 9
del l[Idx()]
print(l)
try:
    [1, 2][1.0]
except TypeError as e:
    print(e)
try:
    (1,)["a"]
except TypeError as e:
    print(e)
try:
    "abc"[None]
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    (1,)[5]
except IndexError as e:
    print(e)
try:
    "a"[5]
except IndexError as e:
    print(e)
try:
    l = []; l[0] = 1
except IndexError as e:
    print(e)
try:
    del [][0]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    b"ab"[9]
except IndexError as e:
    print(e)
try:
    bytearray(b"a")[9] = 1
except IndexError as e:
    print(e)
class S(slice if False else object): pass
print(slice(1, 2, 3).indices(10), slice(None).indices(3), slice(-1, None, -1).indices(4))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), repr(slice(1, None)), hash(slice(1, 2)) if False else "skip")
