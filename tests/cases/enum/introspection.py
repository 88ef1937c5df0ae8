# dir(), vars, __members__, class attributes of enums.
from enum import Enum, IntEnum, Flag, EnumMeta, EnumType
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name

    @classmethod
    def default(cls):
        return cls.RED

    @property
    def lower(self):
        return self.name.lower()


print(dir(Color))
print(dir(Color.RED))
print([n for n in dir(IntEnum) if not n.startswith('_')][:8])
print(type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color, EnumMeta))
print(issubclass(Color, Enum), issubclass(IntEnum, int), isinstance(Color.RED, Enum))
print(Color.RED.lower, Color.default(), Color.GREEN.describe())
mp = Color.__members__
print(type(mp).__name__, len(mp), 'CRIMSON' in mp, mp['CRIMSON'])
try:
    mp['NEW'] = 3
except TypeError as e:
    print('TypeError:', e)
print(Color._member_map_ == dict(mp), Color._member_type_, Color.RED.__dict__.get('_sort_order_'))
print(enum.Enum.__name__, enum.Flag.__mro__, enum.ReprEnum.__mro__)
print(repr(Enum), repr(Flag), repr(enum.IntFlag))
print(getattr(Color, 'RED'), getattr(Color.RED, 'value'), hasattr(Color, 'BLUE'))
print(vars(Color.RED).get('_name_'), Color.RED.__module__)
print(Color.RED.__hash__() == hash('RED'), Color.RED.__reduce_ex__(4))
print(Color.RED.__format__(''), Color.RED.__str__(), Color.RED.__repr__())
print(Enum.__members__ if False else dict(Enum.__members__))
print(len(enum.__all__) > 10, 'Enum' in enum.__all__)
print(sorted(name for name in vars(Color) if not name.startswith('_')))
