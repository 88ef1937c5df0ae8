import copy, re, datetime, decimal, enum, collections, dataclasses, functools, fractions, types, weakref, io
def chk(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
class E(enum.Enum):
    A = [1]
chk('enum', lambda: (copy.copy(E.A) is E.A, copy.deepcopy(E.A) is E.A))
p = re.compile('a+')
chk('pattern', lambda: (copy.copy(p) is p, copy.deepcopy(p) is p))
chk('datetime', lambda: (copy.deepcopy(datetime.datetime(2020, 1, 2, 3, tzinfo=datetime.timezone.utc)), copy.copy(datetime.timedelta(5))))
chk('decimal', lambda: (copy.deepcopy(decimal.Decimal('1.5')), copy.copy(fractions.Fraction(1, 3))))
dd = collections.defaultdict(list, a=[1])
chk('defaultdict', lambda: (copy.deepcopy(dd), copy.deepcopy(dd)['a'] is not dd['a'], copy.copy(dd)['a'] is dd['a'], copy.deepcopy(dd).default_factory))
chk('deque', lambda: (copy.deepcopy(collections.deque([[1]], maxlen=3)), copy.copy(collections.deque([1], 2)).maxlen))
chk('od', lambda: copy.deepcopy(collections.OrderedDict(b=[1], a=2)))
chk('counter', lambda: copy.copy(collections.Counter('aab')))
chk('chainmap', lambda: copy.copy(collections.ChainMap({'a': 1}, {'b': 2})))
chk('func', lambda: (copy.deepcopy(len) is len, copy.copy(chk) is chk, copy.deepcopy(lambda: 1).__name__))
class K:
    def m(self): return 1
k = K()
chk('method', lambda: copy.deepcopy(k.m).__self__ is not k)
chk('method copy', lambda: copy.copy(k.m).__self__ is k)
chk('types', lambda: (copy.deepcopy(int) is int, copy.copy(type(None)), copy.deepcopy(None), copy.deepcopy(Ellipsis), copy.deepcopy(NotImplemented)))
chk('range slice', lambda: (copy.deepcopy(range(3)), copy.copy(slice(1, 2)), copy.deepcopy(3j), copy.deepcopy(b'x'), copy.deepcopy(bytearray(b'x'))))
class Both:
    __slots__ = ('a', '__dict__')
b = Both(); b.a = [1]; b.c = [2]
chk('slots+dict', lambda: (lambda z: (z.a, z.c, z.a is b.a))(copy.deepcopy(b)))
class R:
    def __init__(self, x): self.x = x; print('init', x)
    def __reduce__(self): return (R, (self.x * 2,))
chk('reduce', lambda: copy.copy(R(1)).x)
class RE:
    def __reduce_ex__(self, proto):
        print('proto', proto); return (RE, ())
chk('reduce_ex', lambda: type(copy.deepcopy(RE())).__name__)
class GetState:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st)
chk('getstate', lambda: vars(copy.copy(GetState())))
class NoCopy:
    def __reduce_ex__(self, p): raise TypeError('nope')
chk('nocopy', lambda: copy.copy(NoCopy()))
chk('file', lambda: type(copy.deepcopy(io.StringIO('x'))).__name__)
chk('gen', lambda: copy.copy((x for x in [])))
chk('lock', lambda: copy.deepcopy(__import__('threading').Lock()))
chk('module', lambda: copy.deepcopy(copy))
chk('weakref', lambda: copy.deepcopy(weakref.ref(K)) is not None)
chk('ns', lambda: copy.deepcopy(types.SimpleNamespace(a=[1])))
chk('mappingproxy', lambda: copy.copy(types.MappingProxyType({})))
chk('partial', lambda: copy.deepcopy(functools.partial(max, [1])))
@dataclasses.dataclass(frozen=True)
class FD:
    a: list
chk('frozen dc', lambda: copy.deepcopy(FD([1])))
chk('nested memo', lambda: (lambda l: (lambda c: c[0] is c[1])(copy.deepcopy(l)))([[1]] * 2))
chk('tuple same', lambda: (lambda t: copy.deepcopy(t) is t)((1, 'a', (2,))))
chk('tuple diff', lambda: (lambda t: copy.deepcopy(t) is t)((1, [2])))
chk('frozenset', lambda: (lambda f: copy.copy(f) is f)(frozenset({1})))
d = {}; d['self'] = d
chk('dict cycle', lambda: (lambda c: c['self'] is c)(copy.deepcopy(d)))
class Node:
    def __init__(self): self.parent = None; self.kids = []
root = Node(); kid = Node(); kid.parent = root; root.kids.append(kid)
chk('tree', lambda: (lambda r: r.kids[0].parent is r)(copy.deepcopy(root)))
chk('copy error', lambda: copy.Error)
chk('deepcopy memo arg', lambda: copy.deepcopy([1], {}))
class Sub(list):
    pass
s = Sub([1, [2]]); s.attr = 'x'
chk('list sub', lambda: (lambda c: (type(c).__name__, c, c.attr, c[1] is s[1]))(copy.deepcopy(s)))
class DSub(dict):
    def __init__(self, *a, **k): print('dsub init'); super().__init__(*a, **k)
chk('dict sub', lambda: (lambda c: (type(c).__name__, c))(copy.copy(DSub(a=1))))
