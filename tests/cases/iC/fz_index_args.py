class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class BadIx:
    def __index__(self):
        return 'no'
class F:
    def __float__(self):
        return 2.5
class N:
    pass
import math
tests = [
    ('list[Ix]', lambda: [1, 2, 3][Ix(1)]),
    ('list[Ix:Ix]', lambda: [1, 2, 3][Ix(0):Ix(2)]),
    ('str[Ix]', lambda: 'abc'[Ix(-1)]),
    ('bytes[Ix]', lambda: b'abc'[Ix(1)]),
    ('range(Ix)', lambda: list(range(Ix(3)))),
    ('hex(Ix)', lambda: hex(Ix(255))),
    ('bin(Ix)', lambda: bin(Ix(5))),
    ('oct(Ix)', lambda: oct(Ix(8))),
    ('mul', lambda: 'ab' * Ix(3)),
    ('mul list', lambda: [0] * Ix(2)),
    ('bytes(Ix)', lambda: bytes(Ix(3))),
    ('chr(Ix)', lambda: chr(Ix(65))),
    ('round', lambda: round(2.567, Ix(2))),
    ('int(Ix)', lambda: int(Ix(7))),
    ('float(Ix)', lambda: float(Ix(7))),
    ('complex(Ix)', lambda: complex(Ix(7))),
    ('math.factorial', lambda: math.factorial(Ix(5))),
    ('math.sqrt(Ix)', lambda: math.sqrt(Ix(16))),
    ('math.sqrt(F)', lambda: math.sqrt(F())),
    ('float(F)', lambda: float(F())),
    ('int(F)', lambda: int(F())),
    ('list[BadIx]', lambda: [1][BadIx()]),
    ('list[N]', lambda: [1][N()]),
    ('list[1.0]', lambda: [1][1.0]),
    ('str[None]', lambda: 'a'[None]),
    ('tuple[Ix]', lambda: (1, 2)[Ix(5)]),
    ('pop(Ix)', lambda: [1, 2].pop(Ix(0))),
    ('insert(Ix)', lambda: [1, 2].insert(Ix(0), 9)),
    ('str.center(Ix)', lambda: 'a'.center(Ix(5))),
    ('int.to_bytes(Ix)', lambda: (5).to_bytes(Ix(2), 'big')),
    ('pow(Ix)', lambda: pow(Ix(2), Ix(10), Ix(7))),
    ('2 ** Ix', lambda: 2 ** Ix(3)),
    ('Ix + 1', lambda: Ix(1) + 1),
    ('slice.indices', lambda: slice(Ix(1), None).indices(Ix(5))),
    ('divmod(F)', lambda: divmod(F(), 1)),
    ('math.floor(F)', lambda: math.floor(F())),
    ('format(Ix)', lambda: format(Ix(3), 'd')),
    ('%d Ix', lambda: '%d' % Ix(3)),
    ('%x Ix', lambda: '%x' % Ix(31)),
    ('%c Ix', lambda: '%c' % Ix(97)),
    ('%d F', lambda: '%d' % F()),
    ('%f Ix', lambda: '%f' % Ix(3)),
    ('%f F', lambda: '%f' % F()),
    ('%d N', lambda: '%d' % N()),
    ('%f N', lambda: '%f' % N()),
    ('%x 1.0', lambda: '%x' % 1.0),
    ('isqrt(F)', lambda: math.isqrt(F())),
    ('bytearray[Ix]=', lambda: bytearray(b'ab').__setitem__(Ix(0), Ix(66))),
    ('bytes([Ix])', lambda: bytes([Ix(65), Ix(66)])),
    ('str.expandtabs(Ix)', lambda: 'a\tb'.expandtabs(Ix(3))),
    ('list.index start Ix', lambda: [1, 2, 1].index(1, Ix(1))),
    ('str.find Ix', lambda: 'abca'.find('a', Ix(1))),
    ('str.find N', lambda: 'abca'.find('a', N())),
    ('int(N)', lambda: int(N())),
    ('float(N)', lambda: float(N())),
    ('complex(N)', lambda: complex(N())),
    ('hex(1.0)', lambda: hex(1.0)),
    ('chr(1.0)', lambda: chr(1.0)),
    ('chr(-1)', lambda: chr(-1)),
    ('chr(2**70)', lambda: chr(2**70)),
    ('[0]*2**70', lambda: [0] * 2**70),
    ('list[2**70]', lambda: [0][2**70]),
    ('str[2**70]', lambda: 'a'[2**70]),
    ('tuple[-2**70]', lambda: (1,)[-2**70]),
]
for name, f in tests:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
