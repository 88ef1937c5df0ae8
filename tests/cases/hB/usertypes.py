class V:
    def __init__(self, x): self.x = x
    def __len__(self): return self.x
    def __abs__(self): return 'abs!'
    def __round__(self, n=None): return ('round', n)
    def __index__(self): return 3
    def __bool__(self): return self.x > 1
    def __repr__(self): return f'V({self.x!r})'
    def __format__(self, spec): return f'<{spec}>'
    def __iter__(self): return iter(range(self.x))
    def __reversed__(self): return iter('rev')
    def __contains__(self, item): return item == 'magic'
    def __getitem__(self, i): return i
    def __neg__(self): return 'neg'
    def __invert__(self): return 'inv'
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __dir__(self): return ['b', 'a', 'c']

v = V(3)
import math
print(len(v), abs(v), round(v), round(v, 2), bool(v), bool(V(1)), f'{v:>10}', format(v), str(v), repr([v]), list(v), list(reversed(v)), 'magic' in v, 'x' in v, v[1:2], v[..., 1], -v, ~v)
print(math.trunc(v), math.floor(v), math.ceil(v), hash(v), v == V(3), v != V(3), v != V(4), sorted([V(3), V(1), V(2)]), max(V(1), V(5)), dir(v))
print(bin(v), hex(v), oct(v), [1, 2, 3, 4][v], 'abcdef'[v], range(10)[v], operator_index := v.__index__())
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class StrLen:
    def __len__(self): return 'x'
class FloatLen:
    def __len__(self): return 1.0
for c in [BadLen, BigLen, StrLen, FloatLen]:
    try:
        print(len(c()))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(bool(c()))
    except Exception as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self): return 1
try:
    print(bool(BadBool()))
except Exception as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return 5
try:
    print(repr(BadRepr()))
except Exception as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    print(str(BadStr()))
except Exception as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 'x'
for f in [lambda: [1][BadIndex()], lambda: bin(BadIndex()), lambda: range(BadIndex())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class NoHash:
    __hash__ = None
for f in [lambda: hash(NoHash()), lambda: {NoHash()}, lambda: {NoHash(): 1}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class P:
    a = 1
    def __init__(self):
        self.b = 2
    @property
    def c(self): return 3
p = P()
print(vars(p), getattr(p, 'a'), getattr(p, 'zz', None), hasattr(p, 'c'), hasattr(p, 'zz'))
setattr(p, 'd', 4); delattr(p, 'b')
print(vars(p), sorted(k for k in vars(P) if not k.startswith('__')))
for f in [lambda: vars(1), lambda: getattr(p, 'zz'), lambda: delattr(p, 'zz'), lambda: setattr(p, 'c', 5), lambda: delattr(p, 'c'), lambda: getattr(p, 5), lambda: P.zz, lambda: p.__dict__.zz]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print([n for n in dir(p) if not n.startswith('__')], 'a' in dir(P), dir() is not None)
class S:
    __slots__ = ('x', 'y')
s = S()
s.x = 1
for f in [lambda: s.y, lambda: setattr(s, 'z', 1), lambda: vars(s), lambda: s.__dict__]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return 'Num(%r)' % self.v
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)), 5 + Num(1), Num(1) + 5)
try:
    print(Num(1) - 1)
except TypeError as e:
    print(e)
try:
    print(1 - Num(1))
except TypeError as e:
    print(e)
try:
    print(Num(1) < Num(2))
except TypeError as e:
    print(e)
try:
    print(Num(1)[0])
except TypeError as e:
    print(e)
try:
    Num(1)()
except TypeError as e:
    print(e)
try:
    for q in Num(1): pass
except TypeError as e:
    print(e)
try:
    len(Num(1))
except TypeError as e:
    print(e)
try:
    Num(1)[0] = 1
except TypeError as e:
    print(e)
try:
    del Num(1)[0]
except TypeError as e:
    print(e)
try:
    a, b = Num(1)
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print(repr(object)[:14], repr(P)[:8], P.__name__, P.__qualname__, type(p).__name__, repr(type), repr(int), repr(None.__class__))
