vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -2**63, 2**100, -(2**100), 1.5, -1.5, 0.1, 1e100, float("inf"), -float("inf"), 3.0, -0.0,
        True, False, None if False else 0, (), (1,), (1, 2), (1, (2, 3)), ((),), (1.5, -1), 1j, 2+3j, -1j, 1e300j, frozenset(), "" ]
for v in vals:
    print(repr(v), hash(v))
import fractions, decimal
print(hash(fractions.Fraction(1, 3)), hash(fractions.Fraction(5, 1)), hash(decimal.Decimal("1.5")), hash(decimal.Decimal(7)))
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(fractions.Fraction(1, 2)), hash(range(3)) == hash(range(3)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({1, 2, 3})))
print(hash(slice(1, 2)) if hasattr(slice, "__hash__") and slice.__hash__ is not None else "slice unhashable")
class H:
    def __hash__(self): return 2**70
print(hash(H()))
class H2:
    def __hash__(self): return -1
print(hash(H2()))
class H3:
    def __hash__(self): return "x"
try: hash(H3())
except TypeError as e: print("TypeError", e)
class H4(int):
    pass
print(hash(H4(-1)), hash(H4(10)))
class H5:
    def __hash__(self): return 1.5
try: hash(H5())
except TypeError as e: print("TypeError", e)
class H6:
    def __hash__(self): return True
print(hash(H6()))
for bad in ([], {}, set(), bytearray(), [1], slice(1)):
    try: print(hash(bad))
    except TypeError as e: print("TypeError", e)
try: hash((1, []))
except TypeError as e: print("TypeError", e)
print(hash(-1), hash(-2), hash(2**64), hash(-(2**64)), hash(2**61 - 2), hash(10**20), hash(float(2**61)), hash(1e-300), hash(float("nan")) == hash(float("nan")) if False else "")
print(hash(b"") , hash(bytes()) == hash(""))
