from enum import IntEnum, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH), f"{Priority.MEDIUM}", f"{Priority.MEDIUM:03d}")
print(Priority.LOW < Priority.HIGH, Priority.HIGH > 7, Priority.MEDIUM == 5, Priority(10))
print(Priority.LOW + Priority.HIGH, Priority.HIGH * 2, Priority.HIGH // 3, -Priority.LOW)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(isinstance(Priority.LOW, int), int(Priority.HIGH), hash(Priority.LOW) == hash(1))
print([1, 2, 3, 4, 5, 6][Priority.LOW], range(20)[Priority.HIGH])
print('%d %s %r' % (Priority.MEDIUM, Priority.MEDIUM, Priority.MEDIUM))
print(Priority.HIGH.bit_length(), Priority.MEDIUM.real, max(Priority))
print({Priority.LOW: 'l'}[1], 5 in {Priority.MEDIUM})
print(type(Priority.LOW + 1), type(Priority.LOW))
print(Priority.__mro__)
print(repr(Priority), list(Priority))


class HTTP(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def phrase(self):
        return self.name.replace('_', ' ').title()


print(HTTP(404).phrase, HTTP.OK.phrase, HTTP.OK == 200, str(HTTP.OK) + '!')
print('{:>6}|{:<6}|{}'.format(HTTP.OK, HTTP.NOT_FOUND, HTTP.OK.value))


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, f"{Num.TWO}", format(Num.ONE, ''))


class Shade(float, Enum):
    LIGHT = 0.25
    DARK = 0.75


print(Shade.LIGHT, repr(Shade.DARK), Shade.LIGHT * 2, Shade(0.75))
try:
    HTTP(500)
except ValueError as e:
    print(type(e).__name__, e)
