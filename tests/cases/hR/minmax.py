def t(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f in (min, max):
    t(f, [3, 1, 2])
    t(f, 3, 1, 2)
    t(f, "hello")
    t(f, [])
    t(f, [], default=None)
    t(f, [], default="d")
    t(f, [5], default=0)
    t(f, 1, 2, default=0)
    t(f, 1)
    t(f)
    t(f, [1, "a"])
    t(f, ["aa", "b", "ccc"], key=len)
    t(f, "aa", "b", "ccc", key=len)
    t(f, [(1, 'b'), (1, 'a'), (0, 'z')])
    t(f, [1, 2], key=None)
    t(f, [1, 2], foo=1)
    t(f, [1, 2], key=1)
    t(f, iter([]), default=[])
    t(f, {3: 'a', 7: 'b'})
    t(f, [float('nan'), 1, 2])
    t(f, [1, float('nan'), 2])
    t(f, [1, 1.0, True])
    t(f, [-0.0, 0.0, 0])
    t(f, range(10**20, 10**20 + 5))
    t(f, "b", "a", key=str.upper)
    t(f, 1, None)
    t(f, *[[4, 5]])
    t(f, {1, 2, 3})
    t(f, [[1, 2], [1], [0, 9]])
    t(f, (x * x for x in range(-3, 3)))
    t(f, [3, 4], [3, 5])
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return "K(%d)" % self.v
print(min(K(2), K(1), K(3)))
print(max(K(2), K(1), K(3)))
def key(x):
    print("key", x)
    return -x
print(min([1, 2, 3], key=key), max([1, 2, 3], key=key))
def bad(x):
    raise ValueError("bad key %r" % x)
try:
    min([1, 2], key=bad)
except ValueError as e:
    print(e)
print(min([], default=None, key=bad))
try:
    min(5)
except TypeError as e:
    print(e)
try:
    max(None)
except TypeError as e:
    print(e)
