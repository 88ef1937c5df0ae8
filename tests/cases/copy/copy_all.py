import copy
import collections

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

# atomic and builtin containers
for v in [1, 1.5, 'a', b'b', None, True, 2j, (1, 2), frozenset([1]), range(3), len, int, ...]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
l = [1, [2, 3], {'a': [4]}]
c, d = copy.copy(l), copy.deepcopy(l)
print(c == l, c is l, c[1] is l[1], d[1] is l[1], d[2]['a'] is l[2]['a'], d)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None, copy.deepcopy((1, 'a')) == (1, 'a'))
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s)
ba = bytearray(b'xy'); print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba) is ba)
dd = {'k': [1]}
print(copy.copy(dd)['k'] is dd['k'], copy.deepcopy(dd)['k'] is dd['k'])

# recursion and memo
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r, len(rc))
rd = {}
rd['self'] = rd
print(copy.deepcopy(rd)['self'] is not rd)
shared = [0]
both = [shared, shared]
bc = copy.deepcopy(both)
print(bc[0] is bc[1], bc[0] is not shared)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, id(memo) in memo)

# plain classes: __reduce_ex__ fallback
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point([1], 2)
pc, pd = copy.copy(p), copy.deepcopy(p)
print(pc, pd, pc is p, pc.x is p.x, pd.x is p.x, type(pd).__name__)

class Empty:
    pass
e = Empty()
print(type(copy.copy(e)).__name__, copy.copy(e).__dict__)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
sl = Slotted()
s2 = copy.copy(sl)
print(s2.a, s2.a is sl.a, hasattr(s2, 'b'), copy.deepcopy(sl).a is sl.a)

class Both:
    __slots__ = ('a', '__dict__')
bo = Both(); bo.a = 1; bo.z = 2
b2 = copy.deepcopy(bo)
print(b2.a, b2.z)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
cu = Custom([1])
print(copy.copy(cu).v is cu.v, copy.deepcopy(cu).v is cu.v)

class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'expensive'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
ws = copy.deepcopy(WithState())
print(ws.a, ws.cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
rr = copy.copy(Reduced(1, 2))
print(rr.a, rr.b)

class NewArgs:
    def __new__(cls, n):
        o = super().__new__(cls)
        o.n = n
        return o
    def __getnewargs__(self):
        return (self.n,)
print(copy.copy(NewArgs(5)).n, copy.deepcopy(NewArgs([6])).n)

class NewArgsEx:
    def __new__(cls, *, key):
        o = super().__new__(cls)
        o.key = key
        return o
    def __getnewargs_ex__(self):
        return ((), {'key': self.key})
print(copy.copy(NewArgsEx(key='k')).key)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.attr = 'x'
mc, md = copy.copy(ml), copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, mc[1] is ml[1], md[1] is ml[1], md.attr)
class MyDict(dict):
    pass
mdict = MyDict(a=[1]); mdict.extra = True
mdc = copy.deepcopy(mdict)
print(type(mdc).__name__, mdc, mdc.extra, mdc['a'] is mdict['a'])
class MyInt(int):
    pass
mi = copy.copy(MyInt(7)); print(type(mi).__name__, mi)
class MyStr(str):
    pass
ms = copy.deepcopy(MyStr('hi')); print(type(ms).__name__, ms)
class MyTuple(tuple):
    pass
print(copy.deepcopy(MyTuple((1, [2]))), type(copy.copy(MyTuple((1,)))).__name__)

od = collections.OrderedDict(a=1, b=[2])
print(copy.copy(od), copy.deepcopy(od)['b'] is od['b'])
dq = collections.deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq)[1] is dq[1])
dfd = collections.defaultdict(list, a=[1])
dc = copy.deepcopy(dfd)
print(dc, dc.default_factory)
cnt = collections.Counter('abca')
print(copy.copy(cnt))
NT = collections.namedtuple('NT', 'a b')
print(copy.copy(NT(1, [2])), copy.deepcopy(NT(1, [2])))

def func(): pass
print(copy.copy(func) is func, copy.deepcopy(func) is func, copy.deepcopy(Point) is Point)
class M:
    def meth(self): return self
m = M()
bm = copy.deepcopy(m.meth)
print(bm.__self__ is not m, type(bm.__self__).__name__)

import copyreg
class Reg:
    def __init__(self, v): self.v = v
copyreg.pickle(Reg, lambda o: (Reg, (o.v * 10,)))
print(copy.copy(Reg(1)).v, copy.deepcopy(Reg(2)).v)

check(lambda: copy.deepcopy((x for x in [])))
print(copy.Error, copy.error is copy.Error, copy.__all__)
class BadReduce:
    def __reduce_ex__(self, proto):
        return 'global_name'
b = BadReduce()
print(copy.copy(b) is b, copy.deepcopy(b) is b)
print(Point(1, 2).__reduce_ex__(2)[1:3], Empty().__reduce_ex__(4)[2:])
print(Slotted().__reduce_ex__(4)[2], MyList([1]).__reduce_ex__(2)[2], list(MyList([3]).__reduce_ex__(2)[3]))
print(Point(1, 2).__reduce__()[1][1:], Point(1, 2).__reduce_ex__(1)[2])
