import copy, re, weakref, types, functools, collections, array, datetime, decimal, fractions, enum
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
class SD:
    __slots__ = ("x", "__dict__")
    def __init__(self): self.x = [1]; self.y = [2]
class DictSub(dict):
    def __init__(self, *a, **k): super().__init__(*a, **k); self.note = ["n"]
class ListSub(list): pass
def f(): return 1
class M:
    def m(self): return self
objs = [S(), SD(), DictSub(a=[1]), ListSub([[1]]), f, M().m, re.compile("a+"), range(3), slice(1, 2), ..., NotImplemented, None, type, len, 3 + 4j, b"x", "s",
        frozenset({1}), (1, [2]), (), array.array("i", [1]), collections.deque([[1]], maxlen=3), collections.OrderedDict(a=[1]), collections.Counter("aa"),
        datetime.datetime(2020, 1, 1), decimal.Decimal("1.5"), fractions.Fraction(1, 3), enum.Enum("E", "A").A, types.SimpleNamespace(a=[1]), functools.partial(max, 1), property(f), iter([])]
for o in objs:
    for fn in (copy.copy, copy.deepcopy):
        try:
            c = fn(o)
            same = c is o
            eq = (c == o) if not isinstance(o, (S, SD, types.FunctionType, property)) else None
            print(type(o).__name__, fn.__name__, "same" if same else "new", eq)
        except Exception as e:
            print(type(o).__name__, fn.__name__, type(e).__name__, e)
s = copy.deepcopy(S()); print(s.a, hasattr(s, "b"))
sd = copy.deepcopy(SD()); print(sd.x, sd.y)
ds = copy.deepcopy(DictSub(k=1)); print(ds, ds.note, type(ds).__name__)
ds2 = copy.copy(DictSub(k=1)); print(ds2, ds2.note)
l = [1]; t = (l, l); tt = copy.deepcopy(t); print(tt[0] is tt[1], tt[0] is l)
rec = []; rec.append((rec,)); rc = copy.deepcopy(rec); print(rc[0][0] is rc)
memo = {}; a = [1]; b = copy.deepcopy([a, a], memo); print(id(a) in memo, len(memo) >= 2)
m = M(); bm = copy.deepcopy(m.m); print(bm.__self__ is m, type(bm).__name__)
try: copy.deepcopy(types.ModuleType("x"))
except Exception as e: print(type(e).__name__, e)
import sys
try: copy.copy(sys)
except Exception as e: print(type(e).__name__, e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
class Custom:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, p): return (Custom, (self.v + 1,))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)
class WithState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {"a": self.a * 10}
    def __setstate__(self, st): self.__dict__.update(st); self.set = True
print(vars(copy.copy(WithState())), vars(copy.deepcopy(WithState())))
class FalsyState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {}
    def __setstate__(self, st): self.called = True
print(vars(copy.copy(FalsyState())))
w = weakref.ref(m); print(copy.copy(w) is w, copy.deepcopy(w) is w)
