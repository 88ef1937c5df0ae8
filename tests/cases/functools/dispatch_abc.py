# singledispatch with ABCs, ambiguity, caching; partialmethod repr; copy hooks.
import functools
from collections.abc import Sized, Iterable, Sequence, Mapping, MutableSequence
import copy


@functools.singledispatch
def kind(x):
    return "object"


kind.register(Sized, lambda x: "sized")
kind.register(Sequence, lambda x: "sequence")
kind.register(Mapping, lambda x: "mapping")
print(kind([1]), kind((1,)), kind({}), kind(set()), kind(3), kind("s"))


@functools.singledispatch
def amb(x):
    return "object"


amb.register(Sized, lambda x: "sized")
amb.register(Iterable, lambda x: "iterable")


class Both:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


try:
    amb(Both())
except RuntimeError as e:
    print("RuntimeError", str(e).replace("collections.abc.", ""))
print(amb(5))


class MyList(list):
    pass


kind.register(MutableSequence, lambda x: "mutable")
print(kind(MyList()), kind([]), kind(()))


def f(self, a, b=2, *, c=3):
    return (a, b, c)


class P:
    g = functools.partialmethod(f, 1, c=9)
    h = functools.partialmethod(g, b=5)


print(P().g(), P().h(), P.h.__name__ if hasattr(P.h, "__name__") else "-")
print(repr(P.__dict__["g"]).split(" at ")[0], repr(P.__dict__["h"]).split(">")[1])


class R:
    def __init__(self):
        self.me = [self]

    @functools.recursive_repr("<loop>") if hasattr(functools, "recursive_repr") else (lambda f: f)
    def __repr__(self):
        return "R(%r)" % (self.me,)


import reprlib
class R2:
    def __init__(self):
        self.me = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return "R2(%r)" % (self.me,)


print(R2(), R2.__repr__.__name__)


class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []

    def __deepcopy__(self, memo):
        n = Node(copy.deepcopy(self.v, memo))
        memo[id(self)] = n
        n.kids = copy.deepcopy(self.kids, memo)
        return n


a = Node([1])
a.kids.append(a)
b = copy.deepcopy(a)
print(b.kids[0] is b, b.v == a.v, b.v is a.v)
t = ([1], 2)
t2 = copy.deepcopy(t)
print(t2 == t, t2 is t, t2[0] is t[0])
t3 = (1, "a", None)
print(copy.deepcopy(t3) is t3, copy.copy(t3) is t3)
lst = [1]
lst.append(lst)
c = copy.deepcopy(lst)
print(c[1] is c, c is not lst)


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


s = copy.deepcopy(Slots())
print(s.a, s.b)
try:
    copy.copy(iter([]).__class__)
    print("type ok")
except Exception as e:
    print(type(e).__name__)
