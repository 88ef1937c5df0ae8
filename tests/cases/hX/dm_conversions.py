import operator, math
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[Idx(3)], l[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), operator.index(Idx(7)))
print('ab' * Idx(3), range(Idx(4)), [0] * Idx(2), (1,) * Idx(2))
print(int(Idx(5)) if hasattr(int, '__index__') else '', math.factorial(Idx(5)) if False else '')
class BadIdx:
    def __index__(self): return 'x'
for f in [lambda: l[BadIdx()], lambda: operator.index(BadIdx()), lambda: bin(BadIdx())]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
class II(int): pass
class RetSub:
    def __index__(self): return II(3)
    def __int__(self): return II(4)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(operator.index(RetSub()), type(operator.index(RetSub())).__name__)
    print(int(RetSub()), type(int(RetSub())).__name__)
class OnlyInt:
    def __int__(self): return 42
print(int(OnlyInt()))
try:
    l[OnlyInt()]
except TypeError as e:
    print('TypeError', e)
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class Fl:
    def __float__(self): return 2.5
print(float(Fl()), complex(Fl()), math.sqrt(Fl()))
try:
    int(Fl())
except TypeError as e:
    print('TypeError', e)
class BadFl:
    def __float__(self): return 1
try:
    float(BadFl())
except TypeError as e:
    print('TypeError', e)
class Cx:
    def __complex__(self): return 1+2j
print(complex(Cx()))
class BadCx:
    def __complex__(self): return 1
try:
    complex(BadCx())
except TypeError as e:
    print('TypeError', e)
class Trunc:
    def __trunc__(self): return 7
try:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        print(int(Trunc()))
except TypeError as e:
    print('TypeError', e)
class BadInt:
    def __int__(self): return 'no'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(12345, -2), round(Idx(3)) if False else '')
class Rnd:
    def __round__(self, n=None): return ('round', n)
print(round(Rnd()), round(Rnd(), 2), math.floor(2.5), math.ceil(2.1))
class Fr:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
print(math.floor(Fr()), math.ceil(Fr()))
print(bool(Idx(0)) if False else '', abs(-3), abs(-2.5), abs(3+4j))
class Ab:
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
a = Ab()
print(abs(a), -a, +a, ~a)
for f in [lambda: -'a', lambda: ~1.5, lambda: +[], lambda: abs('x')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
class LH:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1, 2])
print(operator.length_hint(LH()), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(7))), operator.length_hint(object(), 4), list(LH()))
class BadLH:
    def __length_hint__(self): return -1
try:
    operator.length_hint(BadLH())
except ValueError as e:
    print('ValueError', e)
class NILH:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(NILH(), 3))
