import collections, collections.abc, typing, re, queue, functools, itertools, contextlib, os
for t in [list[int], dict[str, int], tuple[()], tuple[int, ...], list[list[int]], type[int], collections.deque[int], collections.abc.Callable[[int], str], collections.abc.Callable[..., int], collections.OrderedDict[str, int], collections.defaultdict[str, list], re.Pattern[str], frozenset[int], set[str], queue.Queue[int], functools.partial[int], contextlib.AbstractContextManager[int], os.PathLike[str], list['X'], dict[str, 'Y'], list[int | str], int | None, int | str | None]:
    print(repr(t))
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a(), a([1, 2]), type(a).__name__, isinstance([], list), list[int] == list[int], list[int] == list[str])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
T = typing.TypeVar('T')
print(list[T][int], dict[str, T][int], repr(list[T]), list[T].__parameters__)
try: list[int][str]
except TypeError as e: print(e)
print((int | str).__args__, int | str == str | int, (int | None), typing.Union[int, str], typing.Optional[int], typing.List[int], typing.Dict[str, typing.Any])
print(isinstance(1, int | str), issubclass(bool, int | None))
try: int | 1
except TypeError as e: print(e)
print(tuple[int, str].__args__, list[int].__mro_entries__ if False else '')
class Mine(list[int]): pass
print(Mine.__mro__, Mine.__orig_bases__)
class G(typing.Generic[T]):
    pass
print(G[int], G.__parameters__, G[int]().__class__.__name__ if False else '', G[int].__origin__)
