# Patterns from real scripts: ordered enums, json, dataclasses, config parsing.
import json
from dataclasses import dataclass, field
from enum import Enum, IntEnum, StrEnum, Flag, auto
from functools import total_ordering


class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented

    def __gt__(self, other):
        if self.__class__ is other.__class__:
            return self.value > other.value
        return NotImplemented

    def __le__(self, other):
        if self.__class__ is other.__class__:
            return self.value <= other.value
        return NotImplemented

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
    D = 2
    F = 1


print(Grade.C < Grade.A, sorted([Grade.B, Grade.F, Grade.A]), max(Grade), min(Grade))


@total_ordering
class Size(Enum):
    S = 1
    M = 2
    L = 3

    def __lt__(self, other):
        if isinstance(other, Size):
            return self.value < other.value
        return NotImplemented


print(Size.S < Size.L, Size.L >= Size.M, sorted(Size, reverse=True))


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


class Kind(StrEnum):
    FILE = auto()
    DIR = auto()


print(json.dumps({'level': Level.INFO, 'kind': Kind.DIR, 'levels': list(Level)}))
print(json.dumps([Level.ERROR, Kind.FILE], sort_keys=True))
print(json.dumps({Kind.FILE: 1}))


class Color(Enum):
    RED = 'red'
    BLUE = 'blue'


try:
    json.dumps(Color.RED)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps(Color.RED, default=lambda o: o.value))


@dataclass
class Task:
    name: str
    level: Level = Level.INFO
    tags: list = field(default_factory=list)
    color: Color = Color.RED


t = Task('build')
print(t)
print(Task('x', Level.ERROR, color=Color.BLUE))


def parse_level(text):
    try:
        return Level[text.upper()]
    except KeyError:
        return Level(int(text))


print(parse_level('debug'), parse_level('40'), repr(parse_level('Info')))
print({lvl.name: lvl.value for lvl in Level})
print([lvl for lvl in Level if lvl >= Level.INFO])
counts = {}
for k in [Kind.FILE, Kind.DIR, Kind.FILE]:
    counts[k] = counts.get(k, 0) + 1
print(counts, counts['file'])


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


def describe(p):
    return ', '.join(m.name.lower() for m in p) or 'nothing'


for p in [Permission.READ, Permission.READ | Permission.EXEC, Permission.ALL, Permission(0)]:
    print(str(p), '->', describe(p))
user = Permission.READ | Permission.WRITE
print(user & Permission.WRITE == Permission.WRITE, Permission.EXEC in user, user & ~Permission.WRITE)
print(f'{Grade.A.name}={Grade.A.value}', '%s' % Grade.B, '{0.name}'.format(Grade.C))
print(str(Level.DEBUG), f'{Level.DEBUG!r}', f'{Kind.DIR!r}', f'{Kind.DIR!s}')
print(Color.__members__.get('GREEN', 'missing'), Color.__members__.get('RED'))
print(getattr(Color, 'PURPLE', None))
