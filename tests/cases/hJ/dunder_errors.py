class A: pass
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class StrLen:
    def __len__(self): return "3"
class FloatLen:
    def __len__(self): return 3.0
class BadBool:
    def __bool__(self): return 1
class BadBoolLen:
    def __len__(self): return -5
class BadIndex:
    def __index__(self): return "x"
class BadInt:
    def __int__(self): return 1.5
class BadFloat:
    def __float__(self): return 1
class BadStr:
    def __str__(self): return 5
class BadRepr:
    def __repr__(self): return None
class BadHash:
    def __hash__(self): return "h"
class EqOnly:
    def __eq__(self, o): return True
class BadIter:
    def __iter__(self): return 5
class NoNext:
    def __iter__(self): return self
class GetItemOnly:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
class BadContains:
    def __contains__(self, x): raise KeyError(x)
class BadFormat:
    def __format__(self, spec): return 3
class BadComplex:
    def __complex__(self): return 1
class BadBytes:
    def __bytes__(self): return "s"
class BadNew:
    def __new__(cls): return 5
    def __init__(self): print("never")
class InitReturns:
    def __init__(self): return 5
class Slotted:
    __slots__ = ('a',)
class RO:
    @property
    def p(self): return 1
class BadEnter:
    def __enter__(self): return self
cases = [
    "A() + 1", "1 + A()", "A() < A()", "A() <= 1", "len(A())", "iter(A())", "A()[0]", "A()()", "A()[0] = 1", "del A()[0]",
    "with A(): pass", "with BadEnter(): pass", "[*A()]", "f(**A())", "f(*A())", "{**A()}", "hash(EqOnly())", "{EqOnly()}",
    "len(BadLen())", "len(BigLen())", "len(StrLen())", "len(FloatLen())", "bool(BadBool())", "bool(BadBoolLen())", "[1,2][BadIndex()]",
    "int(BadInt())", "float(BadFloat())", "str(BadStr())", "repr(BadRepr())", "hash(BadHash())", "iter(BadIter())", "next(NoNext())",
    "list(GetItemOnly())", "3 in GetItemOnly()", "1 in BadContains()", "format(BadFormat(), '')", "f'{BadFormat()}'", "complex(BadComplex())",
    "bytes(BadBytes())", "BadNew()", "InitReturns()", "Slotted().b = 1", "Slotted().a", "RO().p = 2", "del RO().p", "del A().x", "A.x",
    "abs(A())", "-A()", "~A()", "A() ** 2", "pow(A(), 2, 3)", "divmod(A(), 1)", "round(A())", "A() @ A()", "A() & 1", "1 | A()", "A() >> A()",
    "x = A(); x += 1", "x = A(); x -= 'a'", "x = [1]; x += 5", "'abc' in 5", "5 in 'abc'", "None in 'abc'", "[] in {}", "{} in {1}",
    "int(A())", "float(A())", "complex(A())", "bytes(A())", "sorted([A(), A()])", "min(A(), A())", "max([1, A()])", "sum([A()])",
    "'%d' % A()", "'{:x}'.format(A())", "format(A(), 'd')", "isinstance(A(), A())", "issubclass(A(), A)", "A.__dict__['x'] = 1",
    "object.__setattr__(1, 'x', 2)", "type.__call__(5)", "A().__class__ = int", "super(A, 1)", "super(int, A())", "getattr(A(), 5)",
    "setattr(A(), 5, 1)", "delattr(A(), 'zz')", "vars(A()).pop('x')", "A.__name__ = 5", "A.__bases__ = (5,)", "int.x = 1", "del int.real",
    "class C(A, A): pass", "class C(1): pass", "class C(int, str): pass", "class C(bool): pass", "class C(metaclass=5): pass",
]
def f(*a, **k): pass
for c in cases:
    try:
        exec(c)
        print(c, '-> ok')
    except Exception as e:
        print(c, '->', type(e).__name__, e)
