import enum, pickle, copy
from enum import Enum, IntEnum, Flag, IntFlag, auto
def chk(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
class Order(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
chk('order', lambda: list(Order))
def bad_order():
    class O2(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
chk('order bad', bad_order)
F = Enum('F', 'X Y', module=__name__, qualname='F', type=int, start=5)
chk('functional', lambda: (list(F), F.X + 1, F.__module__, F.__qualname__))
chk('functional dict', lambda: list(Enum('G', {'a': 'x', 'b': 'y'})))
chk('functional comma', lambda: list(Enum('H', 'p, q,r')))
chk('functional bad', lambda: Enum('I', 5))
chk('pickle', lambda: (pickle.loads(pickle.dumps(F.X)) is F.X, copy.deepcopy(Order.A) is Order.A))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
    RWX = 7
chk('flag alias iter', lambda: (list(Perm), list(Perm.RWX), Perm(7), repr(Perm(6)), Perm.RWX.name, Perm(6).name, len(Perm.RWX)))
chk('flag neg', lambda: (Perm(-1), repr(~Perm(0)), repr(Perm(0)), ~Perm.RWX))
class Col(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
chk('flag members', lambda: (list(Col), list(Col.__members__), Col.BLACK, repr(Col(0)), Col.WHITE, ~Col.RED, Col.RED | Col.BLACK, bool(Col.BLACK), Col(5), repr(Col(5))))
chk('flag bad val', lambda: Col(8))
chk('flag contains', lambda: (Col.RED in Col.WHITE, Col.BLACK in Col.RED, Col.RED in Col.RED | Col.BLUE))
chk('flag contains bad', lambda: 1 in Col.RED)
chk('flag ops mixed', lambda: Col.RED | 1)
chk('flag ops mixed2', lambda: Perm.R | 8)
chk('flag xor', lambda: (Col.WHITE ^ Col.RED, Col.WHITE & ~Col.GREEN))
class Sized(Enum):
    S = 1
    M = 2
    @enum.property
    def label(self):
        return self.name.lower()
chk('enum property', lambda: (Sized.S.label, Sized.M.value))
class Base(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__)
        super().__init_subclass__(**kw)
    def hello(self): return 'hi ' + self.name
class Kid(Base):
    A = 1
chk('subclass', lambda: (Kid.A.hello(), Kid.A))
class Auto2(Enum):
    A = auto()
    B = 10
    C = auto()
chk('auto after value', lambda: list(Auto2))
class AutoStr(str, Enum):
    A = auto()
chk('auto str mixin', lambda: (AutoStr.A.value, str(AutoStr.A), format(AutoStr.A)))
class IE(IntEnum):
    A = 1
chk('intenum fmt', lambda: (f'{IE.A:x}', '{:>3}'.format(IE.A), str(IE.A), repr(IE.A), IE.A == 1.0, IE(1.0) if False else IE(1), hex(IE.A), [0, 1][IE.A], IE.A.bit_length()))
chk('intenum bad', lambda: IE('1'))
chk('dir member', lambda: [n for n in dir(Sized.S) if not n.startswith('__')])
chk('dir class', lambda: dir(Sized))
chk('members proxy', lambda: (type(Sized.__members__).__name__, Sized.__members__['S'], len(Sized.__members__)))
chk('members proxy set', lambda: Sized.__members__.__setitem__('Z', 1))
chk('enum eq other', lambda: (Sized.S == Kid.A, Sized.S != 1, Sized.S is Sized(1), Sized.S.__eq__(1)))
chk('enum bool', lambda: (bool(Sized.S), bool(IE.A), bool(Col.BLACK)))
class Falsy(Enum):
    Z = 0
    def __bool__(self): return bool(self.value)
chk('enum custom bool', lambda: bool(Falsy.Z))
chk('enum hash set', lambda: len({Sized.S, Sized.S, Sized.M}))
chk('enum name attr set', lambda: setattr(Sized.S, 'name', 'x'))
chk('enum new attr', lambda: (setattr(Sized.S, 'extra', 5), Sized.S.extra))
chk('enum getitem value', lambda: Sized[1])
chk('enum len members', lambda: (len(Col), len(Perm)))
class Const(float, Enum):
    PI = 3.14159
    E = 2.71828
chk('float enum', lambda: (Const.PI * 2, str(Const.PI), repr(Const.E), f'{Const.PI:.2f}', round(Const.PI, 1)))
class Tup(tuple, Enum):
    P = (1, 2)
chk('tuple enum', lambda: (Tup.P[0], Tup.P.value, repr(Tup.P), len(Tup.P)))
chk('enum class repr', lambda: (repr(Sized), str(Sized), repr(Perm), repr(enum.Enum), repr(Enum.__class__)))
chk('enum unique decorator names', lambda: enum.unique(Order))
