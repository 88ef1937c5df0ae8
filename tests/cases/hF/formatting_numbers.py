import math
from decimal import Decimal, getcontext, ROUND_HALF_UP
from fractions import Fraction
rows = [("Alice", 30, 55000.5, -0.0), ("Bob", 4, 1234567.891, 1e-5), ("Ölaf", 102, 0.0, float('inf')), ("李", -7, -42.125, float('nan'))]
print("{:<8}|{:^5}|{:>14}|{:>10}".format("Name", "Age", "Salary", "X"))
print("{0:=<8}+{0:=^5}+{0:=>14}+{0:=>10}".format(""))
for n, a, s, x in rows:
    print(f"{n:<8}|{a:^5d}|{s:>14,.2f}|{x:>10.3g}")
for n, a, s, x in rows:
    print("%-8s|%5d|%14.2f|%10.3e|%-6r|%x|%o|%+d" % (n, a, s, x, n[:2], abs(a), abs(a), a))
print("%(name)s is %(age)03d" % {"name": "Z", "age": 5}, "%c%c" % (65, "b"), "%5.1f%%" % 12.345, "%#x %#o %#X" % (255, 8, 255))
print(f"{12345678:_}", f"{12345678:,d}", f"{0.000123:e}", f"{1234.5:010.2f}", f"{-3:05d}", f"{3:+05d}", f"{255:#010b}", f"{255:08X}")
print(f"{'x':*^9}", f"{'abc':.2}", f"{3.14159:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1e16:.0f}", f"{123.456:g}", f"{1234567.0:g}", f"{0.00001234:g}")
print(f"{1/3:.15g}", f"{1/3!r}", f"{10**20:e}", f"{10**20:,}", f"{-1.5e-10:G}", f"{float('nan'):>6}", f"{float('-inf'):+}", f"{0.1:.20f}")
print(f"{math.pi:{10}.{3}f}|", f"{'r':{'<'}{5}}|", f"{5:{'x'}^{7}}", f"{Fraction(1, 3)}", f"{Decimal('1.10'):>8}", f"{Decimal('3.14159'):.2f}")
print(f"{3+4j}", f"{(3+4j):.2f}", f"{1j}", f"{-0.0+0j}", complex(1, -0.0), f"{True:d}", f"{True}", f"{None!s:>5}", f"{'é'!a}")
x = 42; name = "Bob"
print(f"{x=}", f"{x = :5d}", f"{name!r:>10}", f"{x*2=}", f"{'nested' + f'{x}'}")
print("{:%}".format(0.256), "{:.1%}".format(1), "{:n}".format(1234567), "{!r:^10}".format("a"), "{0[1]}{0[0]}".format("ab"), "{a.real}".format(a=3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(0.5), type(round(2.5)), round(2.5, 0))
print(1e22, 1e16, 1.5e15, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 100.0, 1e-4, 1e-5, -0.0, float('1e308') * 10, 5e-324, 2**0.5)
print(repr(1.0), str(1e100), 3.0 * 1.1, 9007199254740993.0, float(2**53 + 1), 1.7976931348623157e308, 0.1 * 3)
print("abc".center(10, '*'), "abc".ljust(6, '.') + '|', "42".zfill(5), "-42".zfill(6), "+7".zfill(4), "a\tbc\tdef".expandtabs(4), "x".rjust(3))
print(Decimal('0.1') + Decimal('0.2'), Decimal(0.1), Decimal('1') / Decimal('7'), Decimal('10') ** -3, Decimal('2').sqrt())
getcontext().prec = 50
print(Decimal(1) / Decimal(7), Decimal('1.2345').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.5').quantize(Decimal('1')))
print(Decimal('-0'), Decimal('1e5'), Decimal('1E+2') + 0, Decimal('123.4500').normalize(), repr(Decimal('NaN')), Decimal(3) == 3, Decimal('1.5') < 2)
print(format(1234.5, ',.1f'), format(-1, 'b'), format(10, 'c'), format('s', '>3'), format(12, ''), format(3.0, ''), format(1e-10, ''))
print('{:>{w}.{p}f}'.format(3.14159, w=10, p=2), '{:{}}'.format('a', 4) + '|', '{{literal}}'.format(), '%s' % ((1, 2),), '%s %s' % (1, 2))
print("%.3s|%5.2s|%-5c|" % ("abcdef", "xyz", 'q'), "%i %u" % (3.9, -2), "%e" % 0, "%g %g %g" % (1e-5, 123456789, 0.0001))
try: "%d" % "x"
except TypeError as e: print(e)
try: "%s %s" % (1,)
except TypeError as e: print(e)
try: "%s" % (1, 2)
except TypeError as e: print(e)
try: "{} {}".format(1)
except IndexError as e: print(e)
try: "{x}".format(y=1)
except KeyError as e: print(repr(e))
try: f"{3.5:d}"
except ValueError as e: print(e)
try: format("s", "d")
except ValueError as e: print(e)
try: "{:,s}".format("x")
except ValueError as e: print(e)
try: "{0} {}".format(1, 2)
except ValueError as e: print(e)
try: "%z" % 1
except ValueError as e: print(e)
print(int("1_000"), int(" 42 "), int("0x1f", 16), int("0b101", 0), int("z", 36), float(" 1e3 "), float("-inf"), int(-3.9), int(True))
for bad in ["1.5", "", "0x", "1__0", "١٢"]:
    try: print(int(bad))
    except ValueError as e: print(e)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(7.5, 2), 2 ** -1, (-8) ** (1/3), pow(3, 4, 5), pow(3, -1, 7))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4), math.log(8, 2), math.log10(1000), math.exp(1), math.degrees(math.pi), math.isclose(1, 1 + 1e-10))
