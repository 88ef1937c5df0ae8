# An uncaught error from user code working with enum members (stderr compared).
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

    def mix(self, other):
        return self.value + other.shade


print(Color.RED.mix(Color.GREEN) if False else 'start')
for c in Color:
    print(c.name, c.value)
Color.RED.mix(Color.GREEN)
