import copy, pickle
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
p = Point(1, [2, 3])
c = copy.copy(p); d = copy.deepcopy(p)
print(c, d, c.y is p.y, d.y is p.y)
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1][0] is Point, r[2])
print(pickle.loads(pickle.dumps(p)) == p)
for proto in range(0, 6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, type(q) is Point)

class State:
    def __init__(self, v):
        self.v = v
        self.cache = "expensive"
    def __getstate__(self):
        print("getstate")
        s = self.__dict__.copy()
        del s['cache']
        return s
    def __setstate__(self, s):
        print("setstate", sorted(s))
        self.__dict__.update(s)
        self.cache = "rebuilt"
s2 = pickle.loads(pickle.dumps(State(5)))
print(s2.v, s2.cache)
s3 = copy.deepcopy(State(6))
print(s3.v, s3.cache)
s4 = copy.copy(State(7))
print(s4.v, s4.cache)

class NewArgs(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        print("getnewargs")
        return (int(self), self.tag)
n = pickle.loads(pickle.dumps(NewArgs(3, "t"), 2))
print(n, n.tag, type(n).__name__)
n2 = copy.copy(NewArgs(4, "u"))
print(n2, n2.tag)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
sl = pickle.loads(pickle.dumps(Slotted(), 2))
print(sl.a, hasattr(sl, 'b'))
print(Slotted().__reduce_ex__(2)[2])
try:
    print(Slotted().__getstate__())
except Exception as e:
    print(type(e).__name__, e)
print(Point(1, 2).__getstate__())
class Empty: pass
print(Empty().__getstate__())
class Red:
    def __reduce__(self):
        return (Red.make, (42,))
    @staticmethod
    def make(v):
        r = Red(); r.v = v; return r
print(pickle.loads(pickle.dumps(Red())).v, copy.copy(Red()).v)
class BadRed:
    def __reduce__(self):
        return 5
try:
    copy.copy(BadRed())
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.dumps(BadRed())
except Exception as e:
    print(type(e).__name__, e)
class StrRed:
    def __reduce__(self):
        return "GLOBAL_OBJ"
GLOBAL_OBJ = StrRed()
print(copy.copy(GLOBAL_OBJ) is GLOBAL_OBJ, pickle.loads(pickle.dumps(GLOBAL_OBJ)) is GLOBAL_OBJ)
def local():
    class L: pass
    return L()
try:
    pickle.dumps(local())
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.dumps(len)
    pickle.dumps(lambda: 1)
except Exception as e:
    print(type(e).__name__, str(e).split(" at ")[0])
class DeepMemo:
    def __deepcopy__(self, memo):
        print("deepcopy memo type", type(memo).__name__)
        return "copied"
print(copy.deepcopy([DeepMemo()]))
class CopyHook:
    def __copy__(self):
        return "shallow!"
print(copy.copy(CopyHook()))
try:
    object().__reduce_ex__(2)
    print("ok object reduce")
except Exception as e:
    print(type(e).__name__, e)
try:
    copy.copy(iter([]))
    print("copied iterator")
except Exception as e:
    print(type(e).__name__, e)
