import typing, types, collections.abc as cabc
T = typing.TypeVar("T")
tests = [
 "int | T", "(int | T).__parameters__", "list[int] | typing.List[int]", "(int|str) | typing.List[int]", "typing.List[int] | None",
 "isinstance(1, int | list[int])", "issubclass(int, int | list[int])", "isinstance([], list[int])", "issubclass(list, list[int])",
 "hash(int|str) == hash(str|int)", "types.UnionType()", "list[int].__mro_entries__((object,))",
 "cabc.Callable[[int, str], float]", "cabc.Callable[..., int]", "cabc.Callable[[], None]", "type(cabc.Callable[[int], str])",
 "cabc.Callable[[T], int][str]", "list[T][int]", "list[int][int]", "dict[T, list[T]][str]",
 "list[int].__unpacked__", "[*list[int]]", "list[int].__reduce__()", "list[int] == list[int]", "list[int] == list", "list[int] != tuple[int]",
 "type(list[int]).__name__", "tuple[int, *tuple[str, ...]]", "copy.copy(list[int])", "list[int].__origin__ is list",
 "repr(list[None])", "list[None]", "tuple[None, int]", "dict[str, 'x']", "list[...]", "list[1]", "list[int, str]",
 "type[int] | None", "int | list", "None | None", "(list[T] | None)[int]", "(T | None)[str]", "(T | list[T])[int]",
 "(int | str)[int]", "cabc.Callable[[int], str].__args__", "cabc.Callable[..., str].__args__", "cabc.Callable[[int], T].__parameters__",
 "cabc.Callable[[int], str] == cabc.Callable[[int], str]", "typing.get_args(cabc.Callable[[int], str])",
 "cabc.Callable[int, str]", "cabc.Callable[[int]]", "list[T].__parameters__", "dict[str, T][int]", "list[T][int, str]",
]
import copy
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
u = int | str
try:
    u.x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    list[int].x = 1
except Exception as e:
    print(type(e).__name__, e)
class MyList(list[int]): pass
print(MyList.__bases__, MyList.__orig_bases__)
print(list[int].append, list[int].__name__, list[int].__qualname__)
print(u.__module__ if hasattr(u, '__module__') else 'nomod')
