# More dataclass behaviour: inheritance, descriptors, hashing rules, subclass
# comparisons, slots with bases, abstract methods, typing-string annotations.
import abc
import dataclasses
import typing
from dataclasses import dataclass, field, InitVar


def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Child(Base):
    c: float = 1.5

    def __post_init__(self):
        self.a *= 2


print(Child(1), Child(1, 'x', 2.0) == Child(1, 'x', 2.0), Child.__match_args__, Child.__doc__)
print(Base(1) == Child(1), Base(1).__eq__(Child(1)), Child(1).__eq__(Base(1)))
check(lambda: Base(1) < Base(2))


@dataclass(order=True)
class O:
    x: int
    y: int = 0


class OSub(O):
    pass


print(O(1) < O(2), O(1, 5) <= O(1, 5), O(2) > O(1, 9), O(1).__lt__(OSub(2)))
check(lambda: O(1) < OSub(2))


class Desc:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, owner):
        if obj is None:
            return 7
        return getattr(obj, self.name, 'unset')

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


@dataclass
class UsesDesc:
    d: int = Desc()


print(UsesDesc(), UsesDesc(3), UsesDesc.__dataclass_fields__['d'].default)


@dataclass(frozen=True)
class FrozenPost:
    x: int
    doubled: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'doubled', self.x * 2)


fp = FrozenPost(4)
print(fp, hash(fp) == hash(FrozenPost(4)), fp == FrozenPost(4))
check(lambda: setattr(fp, 'x', 1))


@dataclass(eq=True, frozen=False)
class Unhashable:
    x: int


@dataclass(eq=True)
class KeepsHash:
    x: int

    def __hash__(self):
        return 42


@dataclass
class HashNoneWithEq:
    x: int
    __hash__ = None


@dataclass(unsafe_hash=True)
class Partial:
    x: int
    y: int = field(hash=False)
    z: int = field(compare=False, hash=True, default=0)


print(Unhashable.__hash__, hash(KeepsHash(1)), HashNoneWithEq.__hash__)
print(hash(Partial(1, 2, 3)) == hash((1, 3)), Partial(1, 2) == Partial(1, 2, 9))


@dataclass
class Typed:
    cv: typing.ClassVar[int] = 3
    s: 'typing.ClassVar[str]' = 'x'
    iv: 'dataclasses.InitVar[int]' = 0
    real: typing.List[int] = field(default_factory=list)


print([f.name for f in dataclasses.fields(Typed)], Typed(), Typed.__doc__)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(Square(3).area(), Square.__abstractmethods__)


@dataclass(slots=True)
class SB:
    a: int


@dataclass(slots=True, weakref_slot=True)
class SC(SB):
    b: int = 2


import weakref
sc = SC(1)
print(sc, SC.__slots__, SB.__slots__, weakref.ref(sc)() is sc)

P = dataclasses.make_dataclass('P', [('x', int, 4), ('y', int, field(default=0))],
                               bases=(Base,), order=True, namespace={'m': lambda self: self.a + self.x})
print(P(1, 'q', 5), P(1, 'q', 5).m(), P(1, 'q', 1) < P(1, 'q', 2), P.__module__)


@dataclass
class WithIV:
    a: int
    k: InitVar[int] = 3

    def __post_init__(self, k):
        self.a += k


print(dataclasses.replace(WithIV(1)), dataclasses.replace(WithIV(1), k=10))
print(dataclasses.asdict(Child(1)), dataclasses.astuple(Child(2)))
import re
print(re.sub(' at 0x[0-9a-f]+', '', repr(dataclasses.fields(Child(1))[2])))
print(re.sub(' at 0x[0-9a-f]+', '', repr(dataclasses.field(default=1))))
print(Child.__init__.__annotations__)
