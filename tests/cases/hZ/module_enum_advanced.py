from enum import Enum, StrEnum, IntEnum, Flag, auto, unique, EnumMeta
class Color(StrEnum):
    RED = auto()
    GREEN = "g"
print(Color.RED, repr(Color.RED), Color.RED.value, Color.GREEN == "g", Color("g"), f"{Color.RED}", Color.RED.upper())
class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    @property
    def sides(self): return {1: 0, 2: 4}[self.value]
print(Shape("circle"), Shape(2).sides, Shape.SQUARE.sides)
try:
    Shape(9)
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return round(6.673e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.gravity, Planet.MARS.value, Planet.MARS.mass)
class Ordered(Enum):
    B = 2
    A = 1
print([m.name for m in Ordered], list(Ordered.__members__), Ordered.A < Ordered.B if False else "")
try:
    Ordered.A < Ordered.B
except TypeError as e:
    print(e)
Dyn = Enum("Dyn", "X Y Z"); print(list(Dyn), Dyn.Y.value)
Dyn2 = Enum("Dyn2", [("P", 5), ("Q", 6)]); print(Dyn2.Q, Dyn2(5))
print(isinstance(Color, EnumMeta), type(Color).__name__, Shape.CIRCLE in Shape, hash(Shape.CIRCLE) == hash(Shape.CIRCLE))
try:
    class Ext(Shape):
        TRI = 3
except TypeError as e:
    print(e)
class Base(Enum):
    def describe(self): return self.name.lower()
class Sub(Base):
    ONE = 1
print(Sub.ONE.describe(), Shape.CIRCLE.name, Shape["SQUARE"].value)
print({Shape.CIRCLE: "c"}[Shape(1)], sorted(Shape, key=lambda s: -s.value))
