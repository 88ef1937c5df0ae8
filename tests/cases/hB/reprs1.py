import collections, functools, itertools, operator
print(len, print, [].append.__name__, str.upper, int.__add__, object.__init__, dict.fromkeys.__name__, type(len), type(str.upper), type(int.__add__), type([].append), type((1).__add__))
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], int | str, int | None, list[int] | None, type(list[int]), type(int | str), collections.OrderedDict[str, int])
print(list[int] == list[int], (int | str) == (str | int), isinstance(3, int | str), issubclass(bool, int | str), list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
print(None, NotImplemented, Ellipsis, ..., type(None), type(NotImplemented), type(...), repr(None), bool(None), str(...))
print(ValueError('a', 1), repr(ValueError('a', 1)), str(KeyError('a')), str(KeyError()), repr(KeyError('x')), str(KeyError('a', 'b')), repr(Exception()), str(Exception(None)), str(IndexError(5)))
print(OSError(2, 'No such file'), OSError(2, 'No such file', 'f.txt'), repr(OSError(2, 'x')), type(OSError(2, 'x')).__name__, FileNotFoundError(2, 'gone', 'a', None, 'b'), OSError('plain'), OSError())
print(StopIteration(5).value, repr(StopIteration()), SystemExit(3).code, repr(KeyboardInterrupt()), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'), repr(SyntaxError('bad', ('f.py', 1, 2, 'x = ', 1, 3))))
print(ArithmeticError.__mro__, BaseException.__subclasses__ is not None, ZeroDivisionError.__bases__, issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
class A: pass
class B(A):
    def m(self): pass
print(A, B.__mro__, B.__bases__, B.__base__, A.__subclasses__(), B.m.__qualname__, B().m.__func__ is B.m, type(B.m).__name__, type(B().m).__name__, B.__module__, A.__doc__, B.__dict__['m'].__name__)
class MyInt(int):
    pass
class MyStr(str):
    def __repr__(self): return 'MyStr(' + super().__repr__() + ')'
class MyList(list): pass
class MyDict(dict): pass
print(MyInt(5), repr(MyInt(5)), MyInt(5) + 1, type(MyInt(5) + 1).__name__, MyStr('x'), repr(MyStr('x')), [MyStr('y')], MyList([1, 2]), MyDict(a=1), type(MyList([1]) + [2]).__name__, type(MyStr('a') + 'b').__name__, type(MyStr('ab')[0]).__name__, MyInt(3) == 3, hash(MyInt(3)) == hash(3))
class MyFloat(float):
    def __str__(self): return 'MF'
print(MyFloat(1.5), repr(MyFloat(1.5)), f'{MyFloat(1.5)}', '%s' % MyFloat(1.5), format(MyFloat(1.5), '.2f'), str([MyFloat(2)]), '{}'.format(MyFloat(2)))
print(True, repr(False), str(True), True.__repr__(), f'{True}', f'{True:d}', f'{True:>6}', format(False, ''), '%s %d %r' % (True, True, False), int(True), float(True), complex(True))
class Color(int):
    def __format__(self, spec):
        return 'C' + int.__format__(self, spec)
print(f'{Color(5):03d}', format(Color(7)), '{:x}'.format(Color(255)))
print(repr(functools.partial(int, base=2))[:30], operator.itemgetter(1), operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2))
print(collections.Counter('abracadabra').most_common(3), collections.deque([1, 2], maxlen=5), collections.defaultdict(int, a=1), collections.OrderedDict(a=1, b=2), collections.namedtuple('P', 'x y')(1, y=2), collections.ChainMap({'a': 1}, {'b': 2}))
print(itertools.count(5), itertools.repeat('x', 3), repr(itertools.count(1.5, 0.5)), itertools.repeat(None))
print(type.__name__, type(type), type(object), object.__bases__, type.__bases__, int.__mro__, bool.__mro__, type(int.__dict__).__name__, int.__dict__['__add__'].__name__)
print(str(b'\x00'), str(3 + 0j), repr(-0j), repr(complex(0, -0.0)), 1e16 + 0j, repr(1.0e-20j), repr(complex(1e20, 1e-20)))
for args in [(2, 'x'), (2, 'x', 'f'), (13, 'denied', 'p', None, 'q'), (17, 'exists'), (99, 'odd'), ('a', 'b'), (1, 2, 3, 4, 5, 6), (2,)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), e.args, str(e), e.errno, e.filename, e.filename2)
try:
    raise OSError(2, 'No such file or directory', 'missing.txt')
except FileNotFoundError as e:
    print('caught', e)
for m in ['__eq__', '__lt__', '__hash__', '__repr__', '__setattr__', '__ne__']:
    try:
        getattr(object(), m)(1, 2, 3)
    except TypeError as e:
        print(m, e)
for o in [[], (), 'a', b'a', bytearray(), range(1), {}]:
    try:
        o.__getitem__(1, 2)
    except TypeError as e:
        print(type(o).__name__, e)
    try:
        o.__getitem__()
    except TypeError as e:
        print(type(o).__name__, e)
