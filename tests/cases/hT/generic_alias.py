import collections.abc as cabc
from collections import OrderedDict, defaultdict, deque, Counter
import types
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()])
print(repr(list[int]), type(list[int]), type(list[int]).__name__)
g = dict[str, int]
print(g.__origin__, g.__args__, g.__parameters__)
print(g == dict[str, int], g == dict[str, str], hash(g) == hash(dict[str, int]))
print(g(a=1), list[int]("ab"))
print(isinstance([], list), list[int] is list)
try:
    isinstance([], list[int])
except Exception as e:
    print(type(e).__name__, e)
try:
    issubclass(list, list[int])
except Exception as e:
    print(type(e).__name__, e)
print(cabc.Callable[[int, str], float])
print(cabc.Callable[..., int])
print(cabc.Callable[[], None])
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Awaitable[int])
print(OrderedDict[str, int], defaultdict[str, list], deque[int], Counter[str])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
from typing import TypeVar
T = TypeVar("T")
K = TypeVar("K")
a = dict[K, list[T]]
print(a, a.__parameters__)
print(a[str, int])
try:
    a[int]
except Exception as e:
    print(type(e).__name__, e)
print(list[int].__class__, list[int].__mro_entries__((object,)))
class MyList(list[int]): pass
print(MyList.__bases__, MyList.__orig_bases__)
print(tuple[int, str][0] if False else "skip")
print(list[list[int]], frozenset[int], set[str])
print(type[int] == type[int], str(type[list[int]]))
print(list[int].__args__[0] is int)
print(dir(list[int]) != [])
print(cabc.Callable[[int], str].__args__)
c = cabc.Callable[[T], K]
print(c[int, str])
print(repr(list['int']), list['Foo'])
print(tuple[int, ...].__args__)
print(*list[int])
