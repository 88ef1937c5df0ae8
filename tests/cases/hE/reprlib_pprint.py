import reprlib, pprint, dataclasses
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: str(i) for i in range(20)}), reprlib.repr(set(range(30))))
print(reprlib.repr((1, [2, [3, [4, [5]]]])), reprlib.repr(b'y' * 80), reprlib.repr(frozenset('ab')) if False else '', reprlib.repr(10 ** 50), reprlib.repr(3.5))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10; r.maxlevel = 1
print(r.repr([1, 2, 3, [4, 5]]), r.repr('abcdefghijklmnop'), r.repr({'a': [1, 2]}))
class Big:
    def __repr__(self): return 'B' * 50
print(reprlib.repr(Big()), reprlib.repr([Big()]))
class Rec:
    @reprlib.recursive_repr()
    def __repr__(self): return f'Rec({self.child!r})'
x = Rec(); x.child = x; print(repr(x))
y = Rec(); y.child = [y, 1]; print(repr(y))
@dataclasses.dataclass
class DC:
    a: int
    b: list = dataclasses.field(repr=False, default_factory=list)
    c: str = 'long string ' * 5
pprint.pprint(DC(1, [1, 2]), width=30)
pprint.pprint([DC(2)] * 2, width=200)
@dataclasses.dataclass
class RecDC:
    other: object = None
rd = RecDC(); rd.other = rd
print(repr(rd)); pprint.pprint(rd)
@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int
    def __repr__(self): return 'NoRepr!'
pprint.pprint([NoRepr(1)] * 3, width=10)
