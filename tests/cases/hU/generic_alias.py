import types
class MyList(list): pass
a = MyList[int]
print(a, a.__origin__, a.__args__, a.__parameters__, type(a).__name__)
print(a([1, 2]), type(a([1])).__name__)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(dict[str, int].__args__, tuple[()].__args__ if hasattr(tuple[()], '__args__') else None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
print(isinstance(list[int], types.GenericAlias), list[int].__class__ is types.GenericAlias)
g = types.GenericAlias(list, (int,))
print(g, g == list[int])
print(repr(list[list[int]]), repr(dict[str, "X"]), repr(tuple[int, ...]))
print(list[int].__origin__ is list, list[int]().__class__)
try:
    int[str]
except TypeError as e:
    print(e)
class UserGeneric:
    def __class_getitem__(cls, params):
        return types.GenericAlias(cls, params)
ug = UserGeneric[int, str]
print(ug.__args__, ug.__origin__.__name__, repr(ug).replace("__main__.", ""))
print(type[int], type[int].__origin__)
print(list[int] | None)
print(int | str, type(int | str).__name__, (int | str).__args__)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
print(int | str == str | int, (int | int), int | None)
try:
    int | 1
except TypeError as e:
    print(e)
print(list[int].__mro_entries__((list[int],)))
class FromAlias(list[int]):
    pass
print(FromAlias.__bases__, FromAlias.__orig_bases__)
print(dir(list[int]) == dir(list) or "differs")
print(list[int][()] if False else "skip", list[int].__getitem__ if False else "skip2")
