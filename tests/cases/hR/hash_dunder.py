class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64 + 5, -(2**64), 10**30, True]:
    print(v if not isinstance(v, bool) else 'True', hash(H(v)))
class Sub(int):
    pass
class H2:
    def __hash__(self):
        return Sub(42)
print(hash(H2()))
for bad in [1.5, "x", None, [1]]:
    try:
        hash(H(bad))
    except Exception as e:
        print(type(e).__name__, e)
class Eq:
    def __eq__(self, other):
        return True
try:
    hash(Eq())
except Exception as e:
    print(type(e).__name__, e)
print(Eq.__hash__)
class Unh:
    __hash__ = None
try:
    hash(Unh())
except Exception as e:
    print(type(e).__name__, e)
try:
    {Unh(): 1}
except Exception as e:
    print(type(e).__name__, e)
for v in [[1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        hash(v)
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1), hash(-1), hash(0), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(1.0), hash(0.5), hash(-0.0), hash(float('inf')), hash(float('-inf')))
print(hash(1.5) == hash(1.5), hash(3) == hash(3.0), hash(3+0j) == hash(3))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash((1, [2]))
except Exception as e:
    print(type(e).__name__, e)
print(hash(10**100) == hash(10**100 % (2**61 - 1)))
import fractions, decimal
print(hash(fractions.Fraction(1, 2)) == hash(0.5), hash(decimal.Decimal('0.5')) == hash(0.5))
class HB:
    def __hash__(self):
        return True
print(hash(HB()))
