from typing import TypedDict, NotRequired, Required, NamedTuple, Generic, TypeVar, Protocol, runtime_checkable, get_type_hints, is_typeddict
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
    name: Required[str]
class Child(Movie, Partial):
    extra: NotRequired[list[int]]
m = Movie(title="X", year=1)
print(m, type(m), Movie.__required_keys__ == {"title", "year"}, Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Child.__required_keys__), sorted(Child.__optional_keys__))
print(Child.__annotations__)
print(get_type_hints(Child))
print(get_type_hints(Child, include_extras=True))
print(is_typeddict(Movie), is_typeddict(dict), Movie.__name__, Movie.__module__)
try:
    isinstance(m, Movie)
except Exception as e:
    print(type(e).__name__, e)
Alt = TypedDict("Alt", {"a": int, "b-c": str}, total=False)
print(Alt(a=1), sorted(Alt.__optional_keys__), Alt.__total__)
try:
    class Bad(TypedDict, int): pass
except Exception as e:
    print(type(e).__name__, e)
T = TypeVar("T")
class Pair(NamedTuple, Generic[T]):
    first: T
    second: T
p = Pair(1, 2)
print(p, Pair[int], p._fields, p._asdict(), Pair.__orig_bases__[1])
class Emp(NamedTuple):
    name: str
    id: int = 3
    def desc(self): return f"{self.name}#{self.id}"
print(Emp("a"), Emp("b", 5).desc(), Emp._field_defaults, Emp.__annotations__)
try:
    class Bad2(NamedTuple):
        a: int = 1
        b: str
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad3(NamedTuple):
        _x: int
except Exception as e:
    print(type(e).__name__, e)
E2 = NamedTuple("E2", [("x", int), ("y", str)])
print(E2(1, "a"), E2.__annotations__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class NotRC(Protocol):
    def x(self): ...
try:
    isinstance(F(), NotRC)
except Exception as e:
    print(type(e).__name__, e)
@runtime_checkable
class HasAttr(Protocol):
    name: str
class N:
    name = "n"
print(isinstance(N(), HasAttr))
try:
    issubclass(N, HasAttr)
except Exception as e:
    print(type(e).__name__, e)
try:
    NotRC()
except Exception as e:
    print(type(e).__name__, e)
class Impl(NotRC):
    def x(self): return 1
print(Impl().x(), NotRC.__mro__[1:])
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
