import copy, copyreg, collections, functools, datetime, decimal, fractions, enum, re, array, types
class S:
    def __init__(self): self.a = [1]; self.b = 'x'
    def __getstate__(self): print('getstate'); return {'a': self.a}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st); self.restored = True
s = S(); c = copy.copy(s); print(c.a is s.a, c.restored, hasattr(c, 'b')); d = copy.deepcopy(s); print(d.a is s.a, d.a)
class NI:
    def __init__(self, x): print('init', x); self.x = x
n = NI(1); n2 = copy.copy(n); print(n2.x, type(n2).__name__)
class RE:
    def __reduce_ex__(self, proto): print('reduce_ex', proto); return (RE, ())
copy.copy(RE()); copy.deepcopy(RE())
class Pt:
    def __init__(self, x): self.x = x
copyreg.pickle(Pt, lambda p: (Pt, (p.x * 10,)))
print(copy.copy(Pt(2)).x, copy.deepcopy(Pt(3)).x)
def fn(): pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(S) is S, copy.deepcopy(len) is len, copy.copy(1.5), copy.deepcopy(re.compile('a')) is re.compile('a'))
class K:
    def m(self): return self
k = K(); bm = copy.deepcopy(k.m); print(bm.__self__ is k, type(bm.__self__).__name__)
bm2 = copy.copy(k.m); print(bm2.__self__ is k)
print(copy.deepcopy(datetime.date(2020, 1, 2)), copy.deepcopy(decimal.Decimal('1.5')), copy.copy(fractions.Fraction(1, 3)), copy.deepcopy(range(3)), copy.deepcopy(slice(1, 2)), copy.copy(array.array('i', [1])))
class E(enum.Enum):
    A = [1]
print(copy.deepcopy(E.A) is E.A, copy.copy(E.A) is E.A)
p = functools.partial(max, 1, key=abs); p2 = copy.deepcopy(p); print(p2(-5), p2.args, p2 is not p)
nt = collections.namedtuple('NT', 'a b')([1], 2); nt2 = copy.deepcopy(nt); print(nt2, nt2.a is nt.a, type(nt2).__name__)
dq = collections.deque([[1]], maxlen=3); dq2 = copy.copy(dq); print(dq2, dq2[0] is dq[0], dq2.maxlen)
dd = collections.defaultdict(list, {'a': [1]}); dd2 = copy.deepcopy(dd); dd2['b'].append(1); print(dd2, dd2['a'] is dd['a'], dd2.default_factory)
ns = types.SimpleNamespace(a=[1]); ns2 = copy.deepcopy(ns); print(ns2, ns2.a is ns.a)
class Sub(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 'T'
sl = Sub([1, [2]]); sl2 = copy.deepcopy(sl); print(sl2, type(sl2).__name__, sl2.tag, sl2[1] is sl[1])
class DSub(dict): pass
ds = DSub(a=[1]); ds.attr = 5; ds2 = copy.copy(ds); print(ds2, type(ds2).__name__, ds2.attr, ds2['a'] is ds['a'])
memo = {}; x = [1]; y = [x, x]; z = copy.deepcopy(y, memo); print(z[0] is z[1], id(x) in memo)
class Slots:
    __slots__ = ('a', '__dict__')
o = Slots(); o.a = 1; o.b = 2; o2 = copy.copy(o); print(o2.a, o2.b)
print(copy.deepcopy({1: frozenset([(1, 2)])}), copy.deepcopy(((1, [2]),)), copy.deepcopy(bytearray(b'ab')), copy.copy({1, 2}))
class Weird:
    def __deepcopy__(self, memo=None): return 'weird ' + str(type(memo).__name__)
print(copy.deepcopy([Weird()]), copy.deepcopy(Weird()))
try: copy.deepcopy(lambda: None) and print('lambda ok')
except Exception as e: print(e)
import threading
try: copy.deepcopy(threading.Lock())
except TypeError as e: print(e)
g = (i for i in range(2))
try: copy.copy(g)
except TypeError as e: print(e)
