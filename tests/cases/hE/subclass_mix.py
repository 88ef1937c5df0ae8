import collections, functools, dataclasses, enum, typing, copy, operator, itertools
class LoudOD(collections.OrderedDict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
o = LoudOD([('a', 1)], b=2); o.update(c=3); o.setdefault('d', 4); print(o, o.copy(), type(o.copy()).__name__)
class MyCounter(collections.Counter):
    def __missing__(self, key):
        return -1
mc = MyCounter('aab'); print(mc['z'], mc, mc + MyCounter('b'), type(mc + mc).__name__, mc.most_common(1))
class DD(collections.defaultdict):
    def __missing__(self, key):
        v = super().__missing__(key)
        print('missing', key)
        return v
dd = DD(list); dd['x'].append(1); print(dd, repr(dd))
class LastUpdated(collections.OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated(); lu['a'] = 1; lu['b'] = 2; lu['a'] = 3; print(lu, list(lu.items()), list(lu.values()), list(reversed(lu.items())))
class LRU(collections.OrderedDict):
    def __init__(self, cap):
        super().__init__(); self.cap = cap
    def get(self, k):
        if k not in self: return -1
        self.move_to_end(k); return self[k]
    def put(self, k, v):
        self[k] = v; self.move_to_end(k)
        if len(self) > self.cap: self.popitem(last=False)
c = LRU(2); c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), c, c.keys(), c.items())
class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(type(arg).__name__)
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]
print(Shape().area(3), Shape().area((2, 5)))
try:
    Shape().area('s')
except NotImplementedError as e:
    print('NIE', e)
class K:
    @functools.lru_cache(maxsize=None)
    def heavy(self, n):
        return n * 2
k = K(); print(k.heavy(2), k.heavy(2), K.heavy.cache_info())
class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print(e)
try:
    class Three:
        @functools.cached_property
        def v(self): return 1
        w = v
except Exception as e:
    print(type(e).__name__, e)
try:
    functools.cached_property(lambda s: 1).__get__(object())
except Exception as e:
    print(type(e).__name__, e)
@dataclasses.dataclass
class Base:
    x: int
    def __post_init__(self):
        print('base post', self.x)
@dataclasses.dataclass
class Child(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print('child post', self.y)
print(Child(1, 2))
@dataclasses.dataclass(slots=True)
class SBase:
    a: int
    def total(self):
        return self.a
@dataclasses.dataclass(slots=True)
class SChild(SBase):
    b: int = 1
    def total(self):
        return SBase.total(self) + self.b
print(SChild(1, 2).total(), SChild.__slots__)
@dataclasses.dataclass(frozen=True)
class FZ:
    items: tuple = ()
    def with_item(self, i):
        return dataclasses.replace(self, items=self.items + (i,))
print(FZ().with_item(1).with_item(2))
try:
    object.__setattr__(FZ(), 'items', 5); print('setattr bypass ok')
except Exception as e:
    print(type(e).__name__, e)
class Color(enum.Enum):
    RED = 'r'
@dataclasses.dataclass
class Car:
    color: Color = Color.RED
    opts: typing.List[int] = dataclasses.field(default_factory=lambda: [1])
print(Car(), dataclasses.asdict(Car()), repr(dataclasses.fields(Car)[0].type))
@dataclasses.dataclass
class P:
    x: float
    y: float
    def __add__(self, o): return P(self.x + o.x, self.y + o.y)
print(P(1, 2) + P(0.5, 0.5), P(1, 2) == P(1.0, 2.0), P(1, 2) != P(1, 3), [P(1, 2)].index(P(1, 2)))
T = typing.TypeVar('T')
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
    def __repr__(self): return f'Box({self.v!r})'
class IntBox(Box[int]): pass
print(IntBox(3), IntBox.__orig_bases__, IntBox.__mro__[1], typing.get_args(IntBox.__orig_bases__[0]), Box[int](5), Box[typing.List[str]])
class Point3(typing.NamedTuple):
    x: int
    y: int = 0
    z: int = 0
print(Point3(1), Point3._make([1, 2, 3]), Point3(1) + (9,), Point3(1, 2) < Point3(1, 3), copy.copy(Point3(5)), copy.deepcopy(Point3(5, [1])))
print(operator.attrgetter('x', 'y')(Point3(4, 5)), sorted([Point3(2, 1), Point3(1, 2)], key=operator.attrgetter('y')), max([Point3(2, 1), Point3(1, 2)], key=operator.itemgetter(0)))
Pair = collections.namedtuple('Pair', ['first', 'second'])
print(Pair(1, 2)._replace(first=3), dict(Pair(1, 2)._asdict()), Pair(*'ab'), Pair._fields + ('x',), Pair.__new__.__doc__, Pair.first)
inv = {'apple': 3, 'banana': 0, 'cherry': 7}
print(sorted(inv.items(), key=operator.itemgetter(1), reverse=True), list(itertools.filterfalse(operator.itemgetter(1), inv.items())))
print(list(map(operator.methodcaller('upper'), ['a', 'b'])), functools.reduce(operator.or_, [{1}, {2}, {3}]), functools.reduce(operator.add, ['a', 'b'], 'z'))
print(list(itertools.accumulate(['a', 'b', 'c'])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(itertools.chain.from_iterable(itertools.repeat([1, 2], 2))), dict(itertools.zip_longest('ab', [1])), list(itertools.product(range(2), repeat=3))[-1])
data = sorted([('a', 1), ('b', 2), ('a', 3), ('b', 4), ('c', 5)], key=operator.itemgetter(0))
print({k: [v for _, v in g] for k, g in itertools.groupby(data, operator.itemgetter(0))})
print(list(itertools.islice(itertools.count(), 0, 10, 3)), list(itertools.takewhile(str.isdigit, '123ab4')), next(itertools.dropwhile(lambda x: x < 3, itertools.count())))
it1, it2, it3 = itertools.tee('abc', 3); print(list(it1), list(zip(it2, it3)), type(it1).__name__)
print(list(itertools.compress(range(10), itertools.cycle([1, 0, 0]))), list(itertools.starmap(operator.mul, zip([1, 2], [3, 4]))))
