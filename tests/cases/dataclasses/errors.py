import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar

def check(f):
    try:
        r = f()
        print('ok', r.__name__ if isinstance(r, type) else r)
    except Exception as e:
        print(type(e).__name__, e)

def mutable_default():
    @dataclass
    class A:
        x: list = []
    return A
check(mutable_default)

def mutable_default_dict():
    @dataclass
    class A:
        x: dict = {}
    return A
check(mutable_default_dict)

def non_default_after_default():
    @dataclass
    class A:
        x: int = 0
        y: int
    return A
check(non_default_after_default)

def both_defaults():
    return field(default=1, default_factory=list)
check(both_defaults)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
    return A
check(order_without_eq)

def overwrite_order():
    @dataclass(order=True)
    class A:
        x: int
        def __lt__(self, other):
            return True
    return A
check(overwrite_order)

def overwrite_setattr():
    @dataclass(frozen=True)
    class A:
        x: int
        def __setattr__(self, k, v):
            pass
    return A
check(overwrite_setattr)

def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class A:
        x: int
        def __hash__(self):
            return 1
    return A
check(unsafe_hash_explicit)

def frozen_from_nonfrozen():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        y: int
    return B
check(frozen_from_nonfrozen)

def nonfrozen_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int
    @dataclass
    class B(A):
        y: int
    return B
check(nonfrozen_from_frozen)

def field_without_annotation():
    @dataclass
    class A:
        x = field(default=1)
    return A
check(field_without_annotation)

def two_kw_only():
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
    return A
check(two_kw_only)

def classvar_factory():
    @dataclass
    class A:
        x: ClassVar[list] = field(default_factory=list)
    return A
check(classvar_factory)

def classvar_kw_only():
    @dataclass
    class A:
        x: ClassVar[int] = field(default=1, kw_only=True)
    return A
check(classvar_kw_only)

def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class A:
        x: int
    return A
check(weakref_without_slots)

@dataclass
class CV:
    count: ClassVar[int] = 0
    s: 'ClassVar[str]' = 'class'
    x: int = 1
    iv: 'InitVar[int]' = 0
    def __post_init__(self, iv):
        CV.count += 1
print([f.name for f in dataclasses.fields(CV)], CV(), CV.count, CV.s, CV.__doc__)

check(lambda: dataclasses.make_dataclass('A', ['x', ('y', int), ('z', int, field(default=5))]))
A = dataclasses.make_dataclass('A', ['x', ('y', int), ('z', int, field(default=5))], namespace={'double': lambda self: self.z * 2})
print(A(1, 2), A(1, 2).double(), A.__doc__)
B = dataclasses.make_dataclass('B', [('v', int)], bases=(A,), frozen=True) if False else None
check(lambda: dataclasses.make_dataclass('A', ['x', 'x']))
check(lambda: dataclasses.make_dataclass('A', ['class']))
check(lambda: dataclasses.make_dataclass('A', ['not valid']))
check(lambda: dataclasses.make_dataclass('A', [('a', int, 1, 2)]))
check(lambda: dataclasses.make_dataclass('A', [5]))
@dataclass
class R:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = None
check(lambda: dataclasses.replace(R(1), b=2))
@dataclass
class R2:
    a: int
    c: InitVar[int]
    def __post_init__(self, c):
        pass
check(lambda: dataclasses.replace(R2(1, 2)))
check(lambda: dataclasses.replace(R2(1, 2), c=3))
check(lambda: dataclasses.replace(R2(1, 2), zz=3))
