import math, sys
from fractions import Fraction
from decimal import Decimal
print(int.__add__(1, 1.0), int.__truediv__(1, 2.0), float.__floordiv__(1.0, 'a'), (1).__radd__(2), (2.0).__rpow__(3), (1.0).__eq__(1), (1).__eq__(1.0), (1).__lt__(1.5))
print(math.log(2**2000), math.log10(10**400), math.log2(2**3000), math.sqrt(10**300), math.log(10**400, 10), math.isqrt(10**41), math.comb(100, 50), math.perm(10, 3), math.factorial(25))
for bad in [lambda: math.sqrt(10**400), lambda: math.log(0), lambda: math.log(-2**100), lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.exp(10**400), lambda: math.ldexp(1.0, 10**20), lambda: math.pow(0, -1), lambda: math.sqrt(-0.0), lambda: math.fmod(1, 0), lambda: math.gcd(1.5), lambda: math.floor('x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.ldexp(1.0, -10**20), math.frexp(0.0), math.frexp(-1e-320), math.modf(-2.5), math.modf(float('inf')), math.gcd(2**100, 6**50), math.lcm(4, 6, 10), math.gcd(), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.prod([2**40, 2**40, 0.5]), math.fsum([1e100, 1.0, -1e100]), math.remainder(10, 3), math.remainder(-10, 3), math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % self
class MyFloat(float): pass
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1), -m, type(-m), type(abs(m)), type(m * 1), type(+m), str(m), format(m, 'x'), '%d' % m, f'{m}')
mf = MyFloat(2.5)
print(mf, repr(mf), type(mf + 1), round(mf), type(round(mf, 1)), mf.is_integer(), MyFloat('1e3'), int(mf), float(mf), type(float(mf)))
print(int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1234, 10), -1), round(Decimal('2.5')), round(Decimal('2.675'), 2), math.floor(Fraction(-7, 2)), math.ceil(Decimal('-1.5')))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal('0.5')) == hash(0.5), hash(Fraction(10**30)) == hash(10**30), hash(Decimal('1e30')) == hash(10**30), hash(Fraction(1, 3)) == hash(Decimal(1) / 3))
print(Fraction(1, 2) == 0.5, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Fraction(1, 10) == 0.1, Decimal('0.5') == Fraction(1, 2), 0.5 == Decimal('0.5'), 1 == Decimal(1), {0.5, Fraction(1, 2), Decimal('0.5')})
print(Fraction(3, 4) < 1, Fraction(1, 3) + 0.5, Fraction(1, 3) + 1, 2 ** Fraction(1, 2), Fraction(1, 4) ** Fraction(1, 2), Fraction(-8) ** Fraction(1, 3) if False else 0, Fraction('3.25'), Fraction(0.1), Fraction(1.5).limit_denominator(1))
print(Decimal('1.30') + Decimal('1.20'), Decimal(0.1), Decimal('NaN') == Decimal('NaN'), Decimal(2) ** 100, Decimal('1') / Decimal('7'), -Decimal('0'), Decimal('-0') + 0, Decimal('1.5').quantize(Decimal('1')), Decimal('2.5').to_integral_value())
try:
    Decimal('1') < Decimal('NaN')
except Exception as e:
    print(type(e).__name__, e)
try:
    Decimal(1) + 1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 0)
except Exception as e:
    print(type(e).__name__, e)
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.inf)
print(int('z', 36), int('Z1', 36), int('10', 2), int('-0b1010', 0), int('0o17', 0), int('0O17', 8), int('0X1f', 16), int('٣'), float('١.٥'), int('\u0661\u0662'))
for s, b in [('2', 2), ('0b1', 16), ('1', 37), ('1', 1), ('08', 0), ('', 10), ('-', 10), ('0x', 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('5', base='10')
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), sys.get_int_max_str_digits())
print(bool(0.0), bool(-0.0), bool(float('nan')), True + 0.5, True == 1.0, True is 1 if False else 'x', isinstance(True, int), True.real, True.numerator, (5).denominator, (2.5).real, 3.0.imag)
print((-5) // 2, -5 >> 1, (-5) % 3, 5 % -3, -5 % -3, (-2**64) % 3, (2**64) % -3, (-2**64) // 3, divmod(-2**64, -3))
