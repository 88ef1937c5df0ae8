import typing as t
from typing import NamedTuple, TypedDict, Optional, List, get_type_hints

def check(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []
    def describe(self):
        return f'{self.name}#{self.id}'
e = Employee('ann')
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__, e._asdict(), e._replace(id=9))
print(Employee.__mro__, isinstance(e, tuple), Employee.__module__)
Point = NamedTuple('Point', [('x', int), ('y', float)])
print(Point(1, 2.0), Point.__annotations__, Point._fields)
P2 = NamedTuple('P2', x=int, y=int)
print(P2(1, 2))
def bad_default():
    class B(NamedTuple):
        a: int = 1
        b: int
check(bad_default)
def bad_base():
    class B(NamedTuple, int):
        a: int
check(bad_base)
def bad_attr():
    class B(NamedTuple):
        a: int
        def _replace(self): pass
check(bad_attr)
check(lambda: NamedTuple('X', [('a', int)], b=int))

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, Movie.__required_keys__ == {'name', 'year'}, Movie.__optional_keys__, Movie.__total__)
class Partial(TypedDict, total=False):
    title: str
    extra: t.Required[int]
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
class Child(Movie, total=False):
    rating: float
    note: t.NotRequired[str]
print(sorted(Child.__required_keys__), sorted(Child.__optional_keys__), list(Child.__annotations__))
Alt = TypedDict('Alt', {'a': int, 'b': str})
print(Alt(a=1, b='x'), Alt.__annotations__, Alt.__module__)
check(lambda: isinstance({}, Movie))
def td_bad():
    class X(TypedDict, int):
        a: int
check(td_bad)
print(t.is_typeddict(Movie), t.is_typeddict(dict), t.is_typeddict(Employee))

# get_type_hints
class Node:
    value: int
    next: 'Optional[Node]' = None
    children: 'List[Node]'
class Leaf(Node):
    weight: float
print(get_type_hints(Node))
print(get_type_hints(Leaf))
def func(a: int, b: 'str' = 'x', c: None = None, *args: int, d: 'List[int]', **kw: float) -> 'Node':
    pass
print(get_type_hints(func))
print(func.__annotations__)
print(get_type_hints(Employee))
def ann(a: t.Annotated[int, 'meta'], b: Optional[t.Annotated[str, 1]]) -> None: pass
print(get_type_hints(ann))
print(get_type_hints(ann, include_extras=True))
print(get_type_hints(len), get_type_hints(lambda x: x))
check(lambda: get_type_hints(5))
class Fwd:
    x: 'Undefined'
check(lambda: get_type_hints(Fwd))
import sys
print(get_type_hints(sys.modules[__name__]) if False else '')
x: int = 5
y: 'List[str]'
print(get_type_hints(sys.modules['__main__']))

# dataclasses with ClassVar and typing
import dataclasses
@dataclasses.dataclass
class DC:
    a: int
    b: t.ClassVar[int] = 5
    c: List[int] = dataclasses.field(default_factory=list)
    d: Optional[str] = None
    e: 't.ClassVar[str]' = 'cls'
print([f.name for f in dataclasses.fields(DC)], DC(1), DC.__doc__)
