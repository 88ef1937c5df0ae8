from enum import Enum, IntEnum, Flag, StrEnum

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, repr(Animal), Animal.__module__)

Color = Enum('Color', ['RED', 'GREEN', 'BLUE'])
print(list(Color), Color(2))

Pairs = Enum('Pairs', [('ONE', 1), ('TEN', 10)])
print(list(Pairs), Pairs(10))

Mapped = Enum('Mapped', {'A': 'a', 'B': 'b'})
print(list(Mapped), Mapped('b'))

Commas = Enum('Commas', 'X, Y,Z')
print(list(Commas))

Start = Enum('Start', 'A B C', start=10)
print(list(Start))

Num = IntEnum('Num', 'ONE TWO THREE')
print(list(Num), Num.TWO + 1, str(Num.THREE), repr(Num.ONE))

Perm = Flag('Perm', 'R W X')
print(list(Perm), repr(Perm.R | Perm.X), repr(Perm))

Mixed = Enum('Mixed', 'A B', type=str) if False else Enum('Mixed', [('A', 'a'), ('B', 'b')], type=str)
print(repr(Mixed.A), Mixed.A.upper(), Mixed.__mro__)

Q = Enum('Q', 'A', qualname='Outer.Q', module='somewhere')
print(Q.__qualname__, Q.__module__, repr(Q.A))

S = StrEnum('S', 'LOW HIGH')
print(list(S), S.LOW == 'low')


class Base(Enum):
    def double(self):
        return self.value * 2


Derived = Base('Derived', 'P Q')
print(Derived.Q.double(), isinstance(Derived.P, Base))

import sys
import types

plugin = types.ModuleType('plugin')
sys.modules['plugin'] = plugin
exec("from enum import Enum\nE = Enum('E', 'A B')\n\ndef make():\n    return Enum('F', 'X')\n",
     plugin.__dict__)
print(plugin.E.__module__, plugin.make().__module__, repr(plugin.E.B))
