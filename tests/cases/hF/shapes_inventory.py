import math
from abc import ABC, abstractmethod
from functools import total_ordering
from dataclasses import dataclass, field

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} has no perimeter")
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    def __repr__(self): return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rectangle")
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    def __repr__(self): return f"{type(self).__name__}({self.w}, {self.h})"
    def __eq__(self, o):
        if not isinstance(o, Rect): return NotImplemented
        return (self.w, self.h) == (o.w, o.h)
    __hash__ = None

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "Square"

class Tri(Shape):
    def __init__(self, a, b, c):
        super().__init__("Triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides: {a}, {b}, {c}")
        self.s = (a, b, c)
    def area(self):
        a, b, c = self.s; p = sum(self.s) / 2
        return math.sqrt(p * (p - a) * (p - b) * (p - c))
    def __repr__(self): return "Tri%r" % (self.s,)

shapes = [Circle(1), Rect(2, 3.5), Square(2), Tri(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print(f"{s!s:<35}|{s!r:>15}|")
for s in shapes:
    try:
        print(type(s).__name__, round(s.perimeter(), 3))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(Shape.count, Rect(1, 2) == Square(1), Rect(2, 2) == Square(2), Rect(1, 1) != 5)
try:
    Shape("x")
except TypeError as e:
    print(e)
try:
    Tri(1, 2, 10)
except ValueError as e:
    print(e)
try:
    hash(Square(3))
except TypeError as e:
    print(e)
try:
    Circle(1) < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter() if not isinstance(s, Tri) else 99))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "Version(%r)" % '.'.join(map(str, self.parts))
    def __hash__(self): return hash(self.parts)
vs = [Version(v) for v in ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9"]]
print(sorted(vs), Version("1.0") >= Version("0.9"), Version("1.0") <= Version("1.0"), Version("2") > Version("10"))
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))

@dataclass(order=True)
class Item:
    name: str
    price: float = field(compare=True)
    qty: int = 0
    tags: list = field(default_factory=list, repr=False, compare=False)
    @property
    def total(self): return self.price * self.qty

class Inventory:
    def __init__(self): self._items = {}
    def add(self, item):
        if item.name in self._items:
            raise KeyError(f"duplicate item {item.name!r}")
        self._items[item.name] = item
    def __getitem__(self, name): return self._items[name]
    def __len__(self): return len(self._items)
    def __iter__(self): return iter(sorted(self._items.values()))
    def __contains__(self, name): return name in self._items
    @property
    def value(self): return sum(i.total for i in self._items.values())
inv = Inventory()
for it in [Item("widget", 2.5, 10), Item("gadget", 13.99, 3, ["x"]), Item("doohickey", 0.75, 120)]:
    inv.add(it)
try:
    inv.add(Item("widget", 1))
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    inv["nothing"]
except KeyError as e:
    print("KeyError", e)
print(len(inv), "gadget" in inv, "x" in inv, f"{inv.value:,.2f}")
print(f"{'Name':<12}{'Price':>8}{'Qty':>6}{'Total':>10}")
print('-' * 36)
for it in inv:
    print(f"{it.name:<12}{it.price:>8.2f}{it.qty:>6d}{it.total:>10.2f}")
print(inv["gadget"], Item("a", 1) < Item("a", 2), Item("b", 0) > Item("a", 5))
try:
    inv["gadget"].total = 5
except AttributeError as e:
    print(e)
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    del p.q
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); self._c = None
    fahrenheit = property(lambda s: s._c * 9 / 5 + 32, doc="F")
t = Temp(); t.celsius = 100; print(t.fahrenheit, Temp.fahrenheit.__doc__)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
del t.celsius; print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
