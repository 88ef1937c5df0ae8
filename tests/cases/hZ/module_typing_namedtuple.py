from typing import NamedTuple, Optional, List, Dict, TypedDict, Union, Any, Callable, get_type_hints
class Emp(NamedTuple):
    name: str
    id: int = 3
    tags: Optional[List[str]] = None
    def label(self): return f"{self.name}#{self.id}"
e = Emp("ann")
print(e, e.label(), Emp._fields, Emp._field_defaults, Emp.__annotations__ if False else "", e._replace(id=9), e._asdict())
try:
    Emp()
except TypeError as err:
    print(err)
E2 = NamedTuple("E2", [("a", int), ("b", str)])
print(E2(1, "x"), E2._fields, isinstance(E2(1, "b"), tuple))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, type(m).__name__, sorted(Movie.__annotations__))
print(Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str], Union[int, None] == Optional[int], Any)
def f(x: int, y: "str" = "a") -> List[int]: return [x]
print(get_type_hints(f), f.__annotations__)
print(list[int], dict[str, list[int]], int | None, (int | str).__args__, type(list[int]).__name__)
