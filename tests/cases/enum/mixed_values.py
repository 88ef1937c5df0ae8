# Members with non-int values, tuples, aliases and __init__ unpacking.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(repr(Planet.EARTH), Planet((5.976e+24, 6.37814e6)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2))
print(list(Shape), len(Shape))
print(list(Shape.__members__))
print([(name, m.name) for name, m in Shape.__members__.items() if m.name != name])


class Mood(Enum):
    FUNKY = 'funky'
    HAPPY = 'happy'
    SAD = None
    LISTY = [1, 2]

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.SAD))
print(Mood(None), Mood('sad') if False else Mood([1, 2]), f"{Mood.HAPPY}")
print(Mood.LISTY.value, Mood._unhashable_values_ if hasattr(Mood, '_unhashable_values_') else '')


class Mixed(Enum):
    A = 1
    B = 'b'
    C = 2.5
    D = (1, 2)
    E = frozenset({3})


print(list(Mixed))
print(Mixed(2.5), Mixed('b'), Mixed((1, 2)), Mixed(frozenset({3})))
print(Mixed(1.0))


class Truth(Enum):
    NO = 0
    YES = 1


print(bool(Truth.NO), bool(Truth.YES))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

    @classmethod
    def from_name(cls, s):
        return cls[s.upper()]

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(Weekday.from_name('tuesday'), Weekday.WEDNESDAY.next(), Weekday.MONDAY.next())
