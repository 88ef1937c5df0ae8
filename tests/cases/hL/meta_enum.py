from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import enum
from abc import ABC, abstractmethod


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Dir(StrEnum):
    N = auto()
    S = auto()


class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    A = auto()
    B = auto()


class Sh(IntFlag):
    A = 1
    B = 2


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.RWX, Perm(6), Perm.R in Perm.RWX, list(Perm), ~Perm.R, Perm(0))
print(bool(Perm(0)), (Perm.R | Perm.X).value, [p.name for p in Perm.RWX], len(Perm.RWX), Perm.W & Perm.RWX)
print(Color.RED, repr(Color.GREEN), Color.RED + 1, Color.BLUE > Color.RED, f"{Color.BLUE}", str(Color.BLUE), Color(2).hex, Color.parse("red"))
print(sorted([Color.BLUE, Color.RED]), Color.RED == 1, Color["GREEN"], list(Color.__members__), Color.RED.name)
print(Planet.EARTH, round(Planet.EARTH.gravity, 4), Planet.MERCURY.value, Planet.EARTH.mass)
print(Dir.N, repr(Dir.S), Dir.N == "n", Dir.N.upper(), f"{Dir.S}!", Ord.A.value, Ord.B, Sh.A | Sh.B, repr(Sh.A | 4), Sh.B + 1)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)


class Alias(Enum):
    A = 1
    B = 1
    C = 2


print(list(Alias), Alias.B, Alias(1), Alias.__members__.keys() if False else len(Alias.__members__), Alias.B is Alias.A)
print(enum.Enum("Animal", "ANT BEE CAT"), list(enum.Enum("Animal", "ANT BEE CAT")), enum.Enum("X", [("a", 5)]).a)
print(isinstance(Color.RED, int), type(Color.RED), Color.__name__, hash(Color.RED) == hash(Color.RED))


class Singleton(type):
    _inst = {}

    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]


class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v


print(Config(1) is Config(2), Config().v, type(Config), type(Singleton))


class Registry(type):
    registry = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry.append(name)
        cls.tag = kw.get("tag", name.lower())
        return cls

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}


class Base(metaclass=Registry):
    pass


class Plugin(Base, tag="pg"):
    pass


print(Registry.registry, Plugin.tag, Base.tag, Plugin.injected)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __init_subclass__(cls, greeting="hi", **kw):
        super().__init_subclass__(**kw)
        cls.greeting = greeting


class Student(Person, greeting="yo"):
    pass


p = Person("ann", 5)
print(p.name, p.age, vars(p), Person.name.public, Student.greeting)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)


class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    def __str__(self):
        return f"{type(self).__name__}(area={self.area:.2f})"


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s ** 2


print(Sq(3), str(Sq(1.5)))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)


class Half(ABC):
    @abstractmethod
    def a(self): ...

    @abstractmethod
    def b(self): ...


class OneDone(Half):
    def a(self):
        return 1


try:
    OneDone()
except TypeError as e:
    print("TypeError", e)


class A:
    def __init__(self, **kw):
        print("A", sorted(kw))
        super().__init__()


class B(A):
    def __init__(self, b=0, **kw):
        print("B", b)
        super().__init__(**kw)


class C(A):
    def __init__(self, c=0, **kw):
        print("C", c)
        super().__init__(**kw)


class D(B, C):
    def __init__(self, **kw):
        print("D")
        super().__init__(**kw)


D(b=1, c=2, z=3)
print([k.__name__ for k in D.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._t, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._t, name, value)

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


lst = [3, 1, 2]
px = Proxy(lst)
px.sort()
print(lst, px.count(1), px.log)
try:
    px.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    del px.x
except AttributeError as e:
    print("AttributeError", e)


class Legacy:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(list(Legacy()), 9 in Legacy(), [*Legacy()])


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __round__(self, n=None):
        return f"round {n}"

    def __bool__(self):
        return self.v != 0


print([10, 20, 30][Num(1)], "abcdef"[Num(1):Num(4)], round(Num(1)), round(Num(1), 2), bin(Num(5)), bool(Num(0)), hex(Num(255)))


class DD(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]


dd = DD()
print(dd["abc"], dd, dd.get("zz"), "zz" in dd)
