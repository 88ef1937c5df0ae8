import dataclasses
from dataclasses import dataclass, field, InitVar, fields, asdict, astuple, replace
from typing import ClassVar, Any
def chk(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
class Unhash:
    __hash__ = None
def mk_mut():
    @dataclass
    class A:
        a: Any = Unhash()
    return A
chk('mutable custom', mk_mut)
def mk_set():
    @dataclass
    class A:
        a: set = set()
    return A
chk('mutable set', mk_set)
def mk_dict():
    @dataclass
    class A:
        a: dict = field(default={})
    return A
chk('mutable dict field', mk_dict)
@dataclass
class Self:
    name: str
    other: Any = None
s = Self('a'); s.other = s
chk('recursive repr', lambda: repr(s))
@dataclass(order=True)
class O1:
    a: int
@dataclass(order=True)
class O2:
    a: int
chk('order diff classes', lambda: O1(1) < O2(2))
chk('eq diff classes', lambda: (O1(1) == O2(1), O1(1) == O1(1), O1(1).__eq__(O2(1))))
@dataclass(frozen=True)
class Fz:
    a: int
def inherit_nonfrozen():
    @dataclass
    class NF(Fz):
        b: int = 0
chk('nonfrozen from frozen', inherit_nonfrozen)
@dataclass
class NotFz:
    a: int
def inherit_frozen():
    @dataclass(frozen=True)
    class F2(NotFz):
        b: int = 0
chk('frozen from nonfrozen', inherit_frozen)
chk('hash rules', lambda: (O1.__hash__, Fz.__hash__ is not None, hash(Fz(1)) == hash((1,))))
@dataclass(eq=True, frozen=False)
class EqOnly:
    a: int
    def __hash__(self): return 7
chk('explicit hash kept', lambda: hash(EqOnly(1)))
def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class U:
        a: int
        def __hash__(self): return 1
chk('unsafe_hash conflict', unsafe_with_hash)
def order_with_lt():
    @dataclass(order=True)
    class U:
        a: int
        def __lt__(self, o): return True
chk('order conflict', order_with_lt)
def order_no_eq():
    @dataclass(order=True, eq=False)
    class U:
        a: int
chk('order without eq', order_no_eq)
@dataclass(match_args=False)
class NoMatch:
    a: int
chk('no match args', lambda: hasattr(NoMatch, '__match_args__'))
@dataclass(slots=True, weakref_slot=True)
class WS:
    a: int
import weakref
chk('weakref slot', lambda: (WS.__slots__, weakref.ref(WS(1)) is not None))
def ws_noslots():
    @dataclass(weakref_slot=True)
    class X:
        a: int
chk('weakref no slots', ws_noslots)
@dataclass
class IV:
    a: int
    b: InitVar[int] = 3
    c: ClassVar[int] = 9
    def __post_init__(self, b):
        self.a += b
chk('initvar fields', lambda: ([f.name for f in fields(IV)], IV(1), IV(1, 10), asdict(IV(1)), repr(dataclasses.InitVar[int]), IV.c))
chk('initvar missing post', lambda: IV.__init__.__annotations__ if False else 'skip')
@dataclass
class NoPost:
    a: int
    b: InitVar[int] = 0
chk('initvar no post_init', lambda: NoPost(1, 2))
chk('field repr', lambda: repr(field(default=1)).replace('\n', '')[:60])
chk('field metadata', lambda: (fields(type('X', (), {}) ) if False else dataclass(type('M', (), {'__annotations__': {'x': int}, 'x': field(default=1, metadata={'u': 'cm'})})).__dataclass_fields__['x'].metadata['u']))
chk('fields bad', lambda: fields(5))
chk('astuple bad', lambda: astuple({}))
chk('replace bad field', lambda: replace(IV(1), z=5))
chk('replace initvar needed', lambda: replace(IV(1)))
chk('replace init false', lambda: replace(dataclass(type('Q', (), {'__annotations__': {'x': int}, 'x': field(init=False, default=0)}))(), x=1))
@dataclass
class Deep:
    items: list
    meta: dict
    t: tuple
chk('asdict deep', lambda: asdict(Deep([O1(1), (O1(2),)], {'k': O1(3)}, (O1(4), [O1(5)]))))
chk('astuple deep', lambda: astuple(Deep([O1(1)], {'k': O1(3)}, (O1(4),))))
chk('asdict factory', lambda: asdict(O1(1), dict_factory=lambda kv: sorted(kv)))
import collections
NT = collections.namedtuple('NT', 'x y')
chk('asdict namedtuple', lambda: asdict(Deep([NT(O1(1), 2)], {}, ())))
chk('make_dataclass bases', lambda: dataclasses.make_dataclass('MD', ['a', ('b', int, 0)], bases=(O1,), frozen=True)(1, 2, 3))
chk('make_dataclass bad name', lambda: dataclasses.make_dataclass('MD', ['class']))
chk('make_dataclass dup', lambda: dataclasses.make_dataclass('MD', ['a', 'a']))
chk('is_dataclass type', lambda: (dataclasses.is_dataclass(O1), dataclasses.is_dataclass(O1(1)), dataclasses.is_dataclass(type)))
@dataclass
class KwOnlyDefault:
    a: int = field(kw_only=True)
    b: int = 0
chk('kw_only field order', lambda: (KwOnlyDefault(5, a=1), KwOnlyDefault.__init__.__doc__))
chk('missing kw', lambda: KwOnlyDefault())
chk('doc', lambda: O1.__doc__)
@dataclass
class Defaults:
    a: int = 1
    b: str = 'x'
    c: list = field(default_factory=list)
chk('signature', lambda: str(__import__('inspect').signature(Defaults)))
