# Plain Enum: definition, access, iteration, identity, repr/str/format.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color))
print(len(Color), Color.GREEN in Color)
print(Color(2), Color['BLUE'], Color(3) is Color.BLUE)
print(type(Color.RED), isinstance(Color.RED, Color), repr(Color))
print(f"{Color.RED}", f"[{Color.RED:>12}]", f"[{Color.GREEN:<10}]", "{}".format(Color.BLUE))
print(str(Color.RED), format(Color.RED, ''))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.RED is Color(1), Color(Color.RED) is Color.RED)
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(list(reversed(Color)))
print({Color.RED: 'stop', Color.GREEN: 'go'}[Color.GREEN])
print(hash(Color.RED) == hash(Color.RED), bool(Color.RED))
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color.__name__, Color.__qualname__, Color.__module__)
for c in Color:
    print(c.name.lower(), c.value * 10)
print([c.name for c in Color if c.value > 1])
print(max(Color, key=lambda c: c.value))
print(Color.RED.__class__.__name__, Color.__class__.__name__)
print(Color._member_names_, Color._value2member_map_)
print(Color.RED._name_, Color.RED._value_)

import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)


class Empty(Enum):
    pass


print(list(Empty), len(Empty), repr(Empty))


class Nested:
    class Inner(Enum):
        A = 'a'


print(Nested.Inner.A, repr(Nested.Inner.A), Nested.Inner.__qualname__)
