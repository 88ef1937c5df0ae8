from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero, Context
import decimal
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7), Decimal("0.1") * 3)
print(repr(Decimal("1e-7")), Decimal("1e-7"), Decimal("123E+5"), Decimal(0.1), Decimal(-0.0), Decimal("-0"))
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("7.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-3.9")), float(Decimal("1.5")))
print(Decimal(10) ** -2, Decimal(2) ** Decimal("0.5"), Decimal(2).sqrt(), Decimal(100).log10(), Decimal(1).exp(), Decimal(10).ln())
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN"), Decimal("inf") > 5, Decimal("1.0") == 1, Decimal("0.5") == 0.5, hash(Decimal("2.0")) == hash(2))
print(Decimal("1.2300").normalize(), Decimal("100").normalize(), Decimal("12.345").as_tuple(), Decimal((0, (1, 2), -1)))
print(Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2), divmod(Decimal(7), Decimal(-3)), -Decimal("5"), abs(Decimal("-2.50")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(getcontext().prec, getcontext().rounding)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__, e)
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(0) / Decimal(0)
except InvalidOperation as e:
    print(type(e).__name__)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(e)
print(Decimal("1.5").compare(Decimal("2")), Decimal(5).max(Decimal(3)), Decimal("-3").copy_abs(), Decimal("2").is_signed(), Decimal("0").is_zero())
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):.2e}", f"{Decimal('12.5'):>10}", f"{Decimal('3'):.3f}", format(Decimal("1e10"), "f"), f"{Decimal('0.5'):%}")
print(str(Decimal("1E+2")), Decimal("0.00001"), Decimal("0.000001"), Decimal("0.0000001"), Decimal("1000000"), Decimal(123).scaleb(2))
print(sum([Decimal("0.1")] * 10), Decimal("10").fma(2, 3), Decimal(3).adjusted(), Decimal("0.001").adjusted())
print(Decimal.from_float(0.25), Decimal("1.5").as_integer_ratio(), Decimal(7).remainder_near(Decimal(4)))
c = Context(prec=3, rounding=ROUND_DOWN)
print(c.divide(Decimal(2), Decimal(3)), c.create_decimal("1.2399"))
print(Decimal("12.30") * Decimal("1.0"), Decimal("1e5") + Decimal("1"), Decimal(1) - Decimal("1.000"))
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1")]), max(Decimal(1), 2))
print(Decimal('  3.5  '), Decimal('1_000.5'))
print(repr(getcontext())[:60])
