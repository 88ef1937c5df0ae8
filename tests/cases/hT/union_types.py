import typing
u = int | str
print(u, repr(u), type(u).__name__, type(u).__module__)
print(u.__args__)
print(u == (str | int), u == typing.Union[int, str], hash(u) == hash(str | int))
print(int | None, None | int, int | int, (int | str) | float)
print(isinstance(1, u), isinstance("s", u), isinstance(1.0, u))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(None, int | None))
print(list[int] | None)
print(int | list[int])
for bad in [lambda: int | "str", lambda: int | 3, lambda: "a" | int]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    isinstance(1, int | list[int])
except Exception as e:
    print(type(e).__name__, e)
print(typing.get_args(int | str), typing.get_origin(int | str))
import types
print(types.UnionType, isinstance(u, types.UnionType))
print(typing.Union[int, str] == (int | str))
print(typing.Optional[int] == (int | None))
print(repr(typing.Union[int, None]), repr(typing.Optional[int]))
print(repr(typing.Union[int, str, None]))
T = typing.TypeVar("T")
print(int | T, (int | T).__parameters__)
print((list[T] | None)[int])
print(u | typing.List[int])
print(typing.List[int] | None)
try:
    u.x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    types.UnionType()
except Exception as e:
    print(type(e).__name__, e)
print(bool | int)
print(int | str | int)
print((int | str).__args__ == (str | int).__args__)
def f(x: int | None = None) -> list[int] | str: ...
print(f.__annotations__)
print(typing.get_type_hints(f))
