from decimal import Decimal
from fractions import Fraction
class A:
    def __pow__(self, o, m=None): return NotImplemented if m is not None else ('pow', o)
    def __rpow__(self, o, m=None): return 'rpow'
class B:
    def __pow__(self, o, m=None): return ('B.pow', o, m)
cases = [lambda: pow(A(), 2, 3), lambda: pow(A(), 2), lambda: pow(2, A()), lambda: pow(2, A(), 3), lambda: pow(B(), 1, 2), lambda: pow(B(), 'x', None),
         lambda: pow(2.0, 2, 3), lambda: pow(2, 2.0, 3), lambda: pow(2, 2, 3.0), lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 3), lambda: pow('a', 2, 3),
         lambda: pow(Decimal(3), 2, 5), lambda: pow(Decimal('1.5'), 1.5, 7), lambda: pow(Decimal(2), Fraction(1, 2), 7), lambda: pow(Decimal(2), 1j, 7),
         lambda: pow(Fraction(1, 2), 2, 3), lambda: pow(2, 10, -7), lambda: pow(-2, 3, 7), lambda: pow(3, -2, 7), lambda: pow(2, -1, 4), lambda: pow(7, 0, 1), lambda: pow(0, 0, 5),
         lambda: pow(2, 3, 0), lambda: pow(True, 5, 3), lambda: pow(10**30, 10**5, 10**9 + 7), lambda: pow(base=2, exp=5, mod=3), lambda: pow(2, 5, mod=None)]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
