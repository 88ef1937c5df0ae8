from fractions import Fraction
from decimal import Decimal
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -(2**64), 0.5, -0.5, 1.5, 1e300, float('inf'), -float('inf'), Fraction(1, 2), Fraction(-7, 3), Fraction(10, 5), Decimal('0.5'), Decimal('2'), Decimal('-1.25'), 3+0j, 0.5+0j, True, False, (), (1,), (1, 2), ((1, 2), 3), frozenset(), frozenset({1})]
for v in vals:
    print(repr(v), hash(v))
print(hash(Fraction(1, 3)) == hash(Fraction(2, 6)), hash(Decimal('1.10')) == hash(Decimal('1.1')), hash(1.25) == hash(Fraction(5, 4)) == hash(Decimal('1.25')))
print({0.5: 'a', Fraction(1, 2): 'b', Decimal('0.5'): 'c'}, {2: 'x', 2.0: 'y', Fraction(2): 'z', Decimal(2): 'w', 2 + 0j: 'v'})
print(Fraction(1, 2) == 0.5, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Fraction(1, 10) == 0.1, 0.5 == Fraction(1, 2), Decimal(1) == Fraction(1), 1 == Decimal('1.0'))
print(sorted([Fraction(1, 3), 0.3, Decimal('0.31'), 1, 0]), max(Fraction(7, 2), 3.4), min(Decimal('-1'), -0.5))
print(hash('') == 0, hash(b'') == 0, hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(int) == hash(int), hash(len) == hash(len))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
    def __repr__(self): return 'H(%r)' % self.v
print(hash(H(-1)), hash(H(2**100)) == hash(2**100), hash(H(True)), {H(1): 'h', 1: 'i'}, 1 in {H(1)}, H(5) in {5})
class BadHash:
    def __hash__(self): return 'x'
class FloatHash:
    def __hash__(self): return 1.5
for c in [BadHash, FloatHash]:
    try:
        hash(c())
    except TypeError as e:
        print(e)
