# abc and collections.abc.
import abc
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 0


t(Shape)
t(Half)
print(Square(3).describe(), Square(2).perimeter(), isinstance(Square(1), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), type(ABC), ABCMeta.__name__, isinstance(Shape, ABCMeta))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


t(Base)
print(sorted(Base.__abstractmethods__))


class Impl(Base):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


print(Impl.make().name, Impl.helper())


class Plugin(ABC):
    pass


class Foreign:
    pass


print(issubclass(Foreign, Plugin), isinstance(Foreign(), Plugin))
r = Plugin.register(Foreign)
print(r is Foreign, issubclass(Foreign, Plugin), isinstance(Foreign(), Plugin), Plugin in Foreign.__mro__)
t(Plugin.register, 5)


class Sub(Foreign):
    pass


print(issubclass(Sub, Plugin))


@Plugin.register
class Decorated:
    pass


print(issubclass(Decorated, Plugin))
tok = abc.get_cache_token()
Plugin.register(int)
print(abc.get_cache_token() > tok, isinstance(3, Plugin))
t(issubclass, 1, Plugin)


class Cyc(ABC):
    pass


class Child(Cyc):
    pass


t(Child.register, Cyc)


class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))


class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))


class Later(ABC):
    @abstractmethod
    def f(self):
        ...


class LaterImpl(Later):
    pass


LaterImpl.f = lambda self: 1
abc.update_abstractmethods(LaterImpl)
print(LaterImpl().f(), LaterImpl.__abstractmethods__)

# collections.abc against builtins.
checks = [
    ([], "Sequence"), ([], "MutableSequence"), ((), "Sequence"), ((), "MutableSequence"), ("", "Sequence"),
    (range(3), "Sequence"), (b"", "Sequence"), (b"", "ByteString"), (bytearray(), "MutableSequence"),
    ({}, "Mapping"), ({}, "MutableMapping"), (set(), "Set"), (set(), "MutableSet"), (frozenset(), "Set"),
    (frozenset(), "MutableSet"), ({}.keys(), "KeysView"), ({}.items(), "ItemsView"), ({}.values(), "ValuesView"),
    ({}.keys(), "Set"), (1, "Hashable"), ([], "Hashable"), ({}, "Hashable"), ("", "Hashable"), ((), "Hashable"),
    (iter([]), "Iterator"), (iter(()), "Iterator"), ([], "Iterator"), ([], "Iterable"), (5, "Iterable"),
    ((x for x in []), "Generator"), ((x for x in []), "Iterator"), (len, "Callable"), (lambda: 0, "Callable"),
    (int, "Callable"), (1, "Callable"), ([], "Sized"), (1, "Sized"), ([], "Container"), ([], "Collection"),
    ([], "Reversible"), ({}, "Reversible"), (set(), "Reversible"), (iter({}), "Iterator"), (zip(), "Iterator"),
    (map(len, []), "Iterator"), (enumerate([]), "Iterator"), (reversed([]), "Iterator"), (type.__dict__, "Mapping"),
]
for obj, name in checks:
    print(type(obj).__name__, name, isinstance(obj, getattr(cabc, name)))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(str, cabc.Iterable))


async def coro():
    pass


c = coro()
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable))
c.close()


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.count(2), list(reversed(s)), len(s))
t(s.index, 9)
print(isinstance(s, cabc.Reversible), isinstance(s, cabc.MutableSequence), isinstance(s, cabc.Collection))


class MyList(cabc.MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


ml = MyList()
ml.append(1)
ml.extend([2, 3, 4])
ml += [5]
print(ml.items, ml.pop(), ml.pop(0), ml.items)
ml.remove(3)
ml.reverse()
print(ml.items)
ml.clear()
print(ml.items)


class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MyMap()
mm["a"] = 1
mm.update({"b": 2}, c=3)
mm.update([("d", 4)])
print(sorted(mm.items()), mm.get("a"), mm.get("z", 0), "a" in mm, mm.pop("a"), mm.pop("z", None), mm.setdefault("e", 5))
print(type(mm.keys()).__name__, list(mm.values()), mm == {"b": 2, "c": 3, "d": 4, "e": 5}, mm.popitem(), len(mm))
print(mm.keys() & {"c", "x"}, sorted(mm.keys() | {"x"}), ("c", 3) in mm.items(), 3 in mm.values())
t(mm.pop, "zz")
mm.clear()
print(len(mm), mm.d)
t(MyMap().popitem)


class MySet(cabc.MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]))
print(a.isdisjoint([7]), sorted(a | [9]), sorted([9] | a) if False else None, sorted({0} - a) if False else None)
a |= [10]
a -= [1]
a ^= [2, 20]
a &= [3, 10, 20, 99]
print(sorted(a))
a.remove(3)
t(a.remove, 3)
print(sorted(a), a.pop() in (10, 20))
a.clear()
print(len(a))
t(MySet().pop)
t(cabc.Sequence)
t(cabc.Mapping)
t(MyMap().__class__.__mro__.__len__)
print(cabc.Sequence.__module__, cabc.Iterable[int], cabc.Mapping.__name__, sorted(cabc.Iterator.__abstractmethods__))
print(sorted(cabc.__all__))
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList, UserString
print(isinstance(deque(), cabc.MutableSequence), issubclass(deque, cabc.Sequence), isinstance(deque(), cabc.Hashable))
print(isinstance(OrderedDict(), cabc.MutableMapping), isinstance(Counter(), cabc.Mapping), isinstance(defaultdict(), dict))
print(isinstance(ChainMap(), cabc.MutableMapping), isinstance(UserDict(), cabc.MutableMapping), isinstance(UserList(), cabc.MutableSequence))
print(isinstance(UserString(""), cabc.Sequence), isinstance(OrderedDict().keys(), cabc.KeysView), isinstance(iter(deque()), cabc.Iterator))
import itertools, functools
print(isinstance(itertools.count(), cabc.Iterator), isinstance(itertools.chain(), cabc.Iterable), isinstance(functools.partial(len), cabc.Callable))
