# wraps/update_wrapper, total_ordering, singledispatch.
import functools
from functools import wraps, update_wrapper, total_ordering, singledispatch, singledispatchmethod


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper


@deco
def greet(name: str) -> str:
    "Say hello."
    return "hi " + name


greet.extra = 1
print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__annotations__, greet.__module__)
print(greet.__wrapped__("x"), greet.__wrapped__.__name__)


def src():
    "src doc"


src.attr = "a"


def dst():
    pass


r = update_wrapper(dst, src)
print(r is dst, dst.__name__, dst.__doc__, dst.attr, dst.__wrapped__ is src)


def dst2():
    pass


update_wrapper(dst2, src, assigned=("__doc__",), updated=())
print(dst2.__name__, dst2.__doc__, hasattr(dst2, "attr"))


class Obj:
    pass


o = Obj()
update_wrapper(o, len)
print(o.__name__, o.__qualname__, o.__wrapped__ is len)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= a, sorted([b, a])[0].parts)
print(Version.__gt__.__name__, Version.__le__.__doc__)
t(lambda: a < 1)
t(lambda: a >= 1)


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v


print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4))


@total_ordering
class LE:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


print(LE(1) < LE(2), LE(2) > LE(1), LE(1) >= LE(1))
t(total_ordering, type("Nothing", (), {}))


@singledispatch
def fmt(arg):
    return f"object:{arg!r}"


@fmt.register
def _(arg: int):
    return f"int:{arg}"


@fmt.register
def _(arg: "float"):
    return f"float:{arg}"


@fmt.register(list)
def _(arg):
    return f"list of {len(arg)}"


def fmt_str(arg):
    return "str:" + arg


fmt.register(str, fmt_str)


@fmt.register
def _(arg: dict | set):
    return "dict-or-set"


from collections.abc import Sequence, Mapping


@fmt.register
def _(arg: Sequence):
    return "sequence"


print(fmt(1), fmt(True), fmt(1.5), fmt([1, 2]), fmt("s"), fmt({}), fmt(set()), fmt((1,)), fmt(range(2)), fmt(None))
print(fmt.dispatch(int).__name__, fmt.dispatch(bool) is fmt.dispatch(int), fmt.dispatch(tuple)(0))
print(sorted(k.__name__ for k in fmt.registry), type(fmt.registry).__name__, fmt.__name__, fmt.__wrapped__.__name__)
t(fmt)
t(fmt.register, 1)
try:
    fmt.register(lambda x: x)
except TypeError as e:
    print("TypeError", str(e).split(":")[0], str(e).split(">")[-1])


def bad(arg: 5):
    pass


t(fmt.register, bad)
t(fmt.register, 1, lambda x: x)


class Animal:
    pass


class Dog(Animal):
    pass


@singledispatch
def speak(x):
    return "..."


@speak.register
def _(x: Animal):
    return "animal"


print(speak(Dog()), speak(Animal()), speak(1))


@speak.register
def _(x: Dog):
    return "woof"


print(speak(Dog()), speak(Animal()))


class Num:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return ("default", cls.__name__)

    @make.register
    @classmethod
    def _(cls, arg: str):
        return ("str", cls.__name__)


n = Num()
print(n.neg(5), n.neg(True), Num.make(1), Num.make("s"), n.make("x"))
t(n.neg, 1.5)
