from fractions import Fraction as F
from decimal import Decimal
import math, numbers
print(F(Decimal('1.1')), F('  3/4 '), F('1e-3'), F('-.5'), F('1_000/3'), F(F(1, 2), F(1, 3)), F(2, -4), F(-0.0), F(7, 1), repr(F(0)))
for s in ['1/0', '1 /2', '/2', '1/2/3', '1.5/2', 'abc', '', '3/-4']:
    try: print(F(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for a in [(1, 2.0), ('1', 2), (1j,), (None,), ([1],)]:
    try: print(F(*a))
    except Exception as e: print(a, type(e).__name__, e)
x = F(7, 3)
print(math.floor(x), math.ceil(x), math.trunc(-x), round(x), round(x, 1), round(F(-5, 2)), round(F(5, 2), 0), x ** -2, x ** 0, (-x) ** 3, F(4, 9) ** 0.5, 2 ** F(1, 2), F(-8) ** F(1, 3) if False else '')
print(x + 1j, x * 1.5, x / F(0.5), x // F(2, 3), x % F(2, 3), -x % 2, divmod(-x, F(1, 2)), x > 2, x == F(14, 6), x != 7 / 3, F(1, 3) == 1 / 3, hash(F(5)) == hash(5), hash(F(1, 3)) == hash(F(2, 6)))
print(sum([F(1, n) for n in range(1, 10)]), math.prod([F(1, 2)] * 3), max(F(1, 3), 0.3), sorted([F(1, 2), 0.3, 1, Decimal('0.4') if False else 0]), F(1, 3).is_integer() if hasattr(F, 'is_integer') else '')
print(F(10, 4).limit_denominator(1), F(math.pi).limit_denominator(1000), F(1, 3).limit_denominator(), F('0.333').limit_denominator(10))
try: F(1, 3).limit_denominator(0)
except ValueError as e: print(e)
print(isinstance(F(1), numbers.Rational), F(3, 4).real, F(3, 4).imag, F(3, 4).conjugate(), F.from_float(0.25), F.from_decimal(Decimal('0.125')), str(F(3)), str(F(-3, 4)), int(F(7, 2)), bool(F(0)))
try: F.from_float('x')
except TypeError as e: print(e)
try: F(1) ** F(1, 2) + F(1, 0)
except ZeroDivisionError as e: print(e)
try: F(0) ** -1
except ZeroDivisionError as e: print(e)
class MyF(F): pass
print(type(MyF(1, 2) + 1).__name__, repr(MyF(1, 2)), F(1, 2) < Decimal('0.6') if False else '')
print(F(1, 2) + Decimal('0.5') if False else '', complex(F(1, 2)), float(F(10**400, 10**399)), F(10**400, 3) > 1e308, F(1, 10**400) > 0)
