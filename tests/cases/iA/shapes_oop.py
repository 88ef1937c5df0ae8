import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).instances = getattr(type(self), "instances", 0) + 1

    @abstractmethod
    def area(self):
        raise NotImplementedError

    @abstractmethod
    def perimeter(self):
        ...

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    @staticmethod
    def describe_all(shapes):
        return "\n".join(map(str, shapes))

    @classmethod
    def unit(cls):
        return cls("unit", *([1] * cls.ARITY))


class Circle(Shape):
    ARITY = 1

    def __init__(self, name, r):
        super().__init__(name)
        if r < 0:
            raise ValueError(f"negative radius {r}")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    ARITY = 2

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.w, self.h) == (other.w, other.h)

    __hash__ = None


class Square(Rect):
    ARITY = 1

    def __init__(self, name, s):
        super().__init__(name, s, s)

    def __repr__(self):
        return "Square(%r, %s)" % (self.name, self.w)


class Triangle(Shape):
    ARITY = 3

    def __init__(self, name, a, b, c):
        super().__init__(name)
        sides = sorted((a, b, c))
        if sides[0] + sides[1] <= sides[2]:
            raise ValueError("triangle inequality violated: %s" % (sides,))
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * math.prod(s - x for x in self.sides))


shapes = [Circle("c1", 1.5), Rect("r1", 3, 4), Square("s1", 2.5), Triangle("t1", 3, 4, 5), Circle.unit(),
          Square.unit(), Triangle.unit()]
print(Shape.describe_all(shapes))
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Shape.count, Circle.instances, Square.instances, Rect.instances, Triangle.instances)
print(Rect("a", 2, 2) == Rect("b", 2, 2), Rect("a", 2, 2) == Square("b", 2), Square("a", 2) == Square("b", 2))
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
for f in [lambda: Shape("x"), lambda: Circle("x", -1), lambda: Triangle("x", 1, 2, 3),
          lambda: hash(Rect("x", 1, 1)), lambda: Rect.unit(), lambda: shapes[0] < 5,
          lambda: Circle("x")]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Incomplete(Shape):
    def area(self):
        return 0


try:
    Incomplete("i")
except TypeError as e:
    print(e)
print(super(Square, shapes[2]).__repr__(), Rect.__repr__(shapes[2]))
print(Square.__name__, Square.__qualname__, Square.__bases__, Shape.__abstractmethods__)
total = 0
for s in shapes:
    match s:
        case Circle(r=r):
            total += r
        case Square() | Rect(w=1):
            total += 100
        case Triangle(sides=(a, _, _)):
            total += a
print(total)
