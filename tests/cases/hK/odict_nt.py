from collections import OrderedDict, defaultdict, namedtuple, ChainMap
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(od)
od.move_to_end('d', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    OrderedDict().popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict([(1, [1])]))
o2 = OrderedDict(a=1); o2 |= {'b': 2}; print(o2, o2 | {'c': 3}, {'z': 0} | o2)
print(list(reversed(OrderedDict(x=1, y=2))), list(reversed(OrderedDict(x=1, y=2).items())))
print(o2.setdefault('q', 5), o2.pop('a'), o2.pop('nn', 'dflt'))
try:
    o2.pop('nn')
except KeyError as ex:
    print(repr(ex))
r = OrderedDict(); r['self'] = r; print(r)
dd = defaultdict(list); dd['a'].append(1); print(dd, dd['b'], dd)
print(repr(defaultdict()), defaultdict(int, {'x': 1}))
d2 = defaultdict(None)
try:
    d2['k']
except KeyError as ex:
    print(type(ex).__name__, ex)
print(dd.default_factory, d2.default_factory)
try:
    defaultdict(5)
except TypeError as ex:
    print(ex)
print(dd.copy(), type(dd.copy()).__name__)
print(dd | {'c': 1}, type(dd | {'c': 1}).__name__)
print(dd.get('zzz'), 'zzz' in dd)
class M(dict):
    def __missing__(self, k):
        return k * 2
m = M(); print(m['ab'], m, m.get('ab'))
P = namedtuple('P', 'x y')
p = P(1, y=2); print(p, p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
try:
    p._replace(z=1)
except ValueError as ex:
    print(ex)
try:
    P(1)
except TypeError as ex:
    print(ex)
try:
    P(1, 2, 3)
except TypeError as ex:
    print(ex)
try:
    P._make([1])
except TypeError as ex:
    print(ex)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1]); print(Q(9), Q._field_defaults, Q.__doc__)
R = namedtuple('R', 'def class x', rename=True); print(R._fields)
try:
    namedtuple('S', 'a a')
except ValueError as ex:
    print(ex)
try:
    namedtuple('S', '_a')
except ValueError as ex:
    print(ex)
try:
    namedtuple('S', 'for')
except ValueError as ex:
    print(ex)
try:
    namedtuple('1S', 'a')
except ValueError as ex:
    print(ex)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    @property
    def norm(self): return (self.x**2 + self.y**2) ** .5
    def __str__(self): return f'<{self.x},{self.y}>'
pt = Pt(3, 4); print(pt, repr(pt), pt.norm, pt + (1,), pt * 2, pt.x, pt[1], Pt.x)
x, y = pt; print(x, y, pt == (3, 4), hash(pt) == hash((3, 4)))
try:
    pt.x = 5
except AttributeError as ex:
    print(ex)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), sorted(cm))
cm['c'] = 4; print(cm.maps); ch = cm.new_child({'z': 0}); print(ch, ch.parents)
try:
    del cm['b']
except KeyError as ex:
    print(ex)
try:
    cm['nope']
except KeyError as ex:
    print(repr(ex))
print(ChainMap(), dict(cm), cm.get('q', 7))
