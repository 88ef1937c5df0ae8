class MyInt(int):
    def __add__(self, o): return 'MyInt.add'
    def __repr__(self): return 'MyInt(%d)' % int(self)
    def __str__(self): return 'str-myint'
    def __format__(self, spec): return 'fmt:' + spec
    def __eq__(self, o): return 'eq'
    __hash__ = int.__hash__
m = MyInt(5)
print(m + 1, 1 + m, sum([m, 1]) if False else '', [m], str(m), f'{m}', f'{m:x}', '%d' % m, '%s' % m, '%r' % m, format(m, 'b'))
print(m == 5, 5 == m, m != 5, {m: 1}[5], int(m), type(int(m)).__name__, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__, type(-m).__name__, type(+m).__name__)
print(sum([MyInt(1), MyInt(2)]), type(MyInt(1) * 2).__name__, MyInt(7) // 2, bin(MyInt(3)), MyInt(3).bit_length(), MyInt('12'), MyInt('ff', 16), MyInt())
class MyFloat(float):
    def __repr__(self): return 'MF'
f = MyFloat(1.5)
print(f, str(f), repr(f), f'{f}', '%s' % f, [f], f + 1, type(f + 1).__name__, round(f), f.is_integer(), float(f).__repr__())
class MyStr(str):
    def __str__(self): return 'overridden'
    def upper(self): return 'custom upper'
s = MyStr('abc')
print(s, str(s), repr(s), s.upper(), s + 'd', type(s + 'd').__name__, type(s[0]).__name__, s == 'abc', f'{s}', '%s' % s, '{}'.format(s), ''.join([s]), len(s))
print(type(str(s)).__name__, type(s.strip()).__name__, type(s * 1).__name__, s.__class__.__name__)
class MyList(list):
    def __len__(self): return 99
    def __iter__(self): return iter(['iter'])
    def __getitem__(self, i): return 'gi'
ml = MyList([1, 2])
print(len(ml), list(ml), ml[0], ml, sorted(ml), [*ml], tuple(ml), bool(MyList()), 1 in ml, str(ml))
x, y = MyList([1, 2]) if False else (1, 2)
try:
    a, = MyList([5])
    print('unpack', a)
except ValueError as e: print(e)
class MyDict(dict):
    def __getitem__(self, k): return 'MD[' + str(k) + ']'
    def keys(self): return ['z']
md = MyDict(a=1)
print(md['a'], md.get('a'), dict(md), {**md}, list(md), str(md), dict(**md) if False else '')
def kw(**k): return k
print(kw(**md))
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    def __repr__(self): return 'MT' + super().__repr__()
print(MyTuple(1, 2), MyTuple(1, 2) + (3,), type(MyTuple(1) + (3,)).__name__, MyTuple(1)[0:1], type(MyTuple(1)[:]).__name__)
class B(bytes):
    pass
print(B(b'ab'), type(B(b'a') + b'b').__name__, B(3), B([65]).decode())
import decimal, fractions
print(MyInt(3) + fractions.Fraction(1, 2) if False else '', fractions.Fraction(1, 2) + MyInt(1) if False else '')
print(int.__add__(m, 1), int.__repr__(m), float.__repr__(f), str.__str__(s))
print(isinstance(True, MyInt), issubclass(MyInt, int), MyInt.__mro__)
class Zero(int):
    def __bool__(self): return True
print(bool(Zero(0)), not Zero(0), Zero(0) or 'other')
class NB(int): pass
n = NB(0)
print(bool(n), n or 'o')
