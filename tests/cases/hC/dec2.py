import decimal, math
from decimal import Decimal as D, Context, localcontext, getcontext, setcontext, BasicContext, ExtendedContext, DefaultContext, Inexact, Rounded, FloatOperation, Overflow, Underflow, Subnormal, Clamped
print(getcontext())
print(ExtendedContext.prec, BasicContext.prec, BasicContext.rounding, DefaultContext.Emax)
with localcontext(ExtendedContext) as c:
    print(D(1) / D(0), D(0) / D(0), D(-1).sqrt(), c.flags[decimal.DivisionByZero], c.flags[decimal.InvalidOperation])
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        D(1) / D(3)
    except Inexact as e:
        print("Inexact", type(e).__mro__[1].__name__)
    c.traps[Inexact] = False
    c.clear_flags()
    D(1) / D(3)
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
with localcontext(prec=3) as c:
    print(D("1.2345") + 0, +D("9.999"), D(12345), D(12345) * 1, c.create_decimal(12345))
with localcontext(rounding=decimal.ROUND_CEILING):
    print(D("1.21").quantize(D("0.1")), D("-1.29").quantize(D("0.1")))
for r in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_DOWN, decimal.ROUND_FLOOR, decimal.ROUND_05UP]:
    print(r, [str(D(x).quantize(D("1"), rounding=r)) for x in ["2.5", "-2.5", "3.5", "2.51", "-0.5", "0.1"]])
try:
    D("1e10").quantize(D("1e-30"))
except decimal.InvalidOperation as e:
    print(type(e).__name__, e)
try:
    D(1).quantize(D("0.1"), rounding="BAD")
except Exception as e:
    print(type(e).__name__)
with localcontext() as c:
    c.traps[FloatOperation] = True
    try:
        D(1.5)
    except FloatOperation as e:
        print("FloatOperation", e)
    try:
        print(D(1) < 1.5)
    except FloatOperation as e:
        print("FloatOperation cmp")
print(D("1.5") < 2, D(1) == 1.0, D("0.1") == 0.1, D("nan") == D("nan"), D("nan") != 1)
try:
    D("nan") < 1
except decimal.InvalidOperation as e:
    print(type(e).__name__, e)
try:
    sorted([D("snan"), D(1)])
except decimal.InvalidOperation as e:
    print(type(e).__name__)
print(D("1.000").sqrt(), D("0.25").sqrt(), D(2).sqrt(), D(16).sqrt(), D("1e-10").sqrt(), D("123.456").ln(), D("2").log10(), D("-0").sqrt())
print(D("1.23E+5").to_eng_string(), D("1.23E-7").to_eng_string(), D("0E-7"), D("0E+3"), D("-0.00"), D("123456789012345678901234567890"), D("1e999999"), D("1.0E+999999999") if False else '')
print(f"{D('1234567.891'):,}", f"{D('1234567.891'):.2e}", f"{D('-0.5'):+.0f}", f"{D('1.5'):g}", f"{D('1.5e-10'):g}", f"{D('nan'):f}", f"{D('inf'):10}|", f"{D('1.23456'):.3}", f"{D(12):08.3f}")
print(D(3).__round__(), round(D("2.5")), round(D("-2.5")), round(D("1.2345"), 2), round(D("12345"), -2), type(round(D("1.5"), 0)).__name__, math.floor(D("-1.5")), math.ceil(D("1.1")), math.trunc(D("-1.9")))
print(D(7).compare_total(D("7.0")), D("1.5").is_finite(), D("inf").is_infinite(), D("nan").is_nan(), D("1").is_normal(), D(0).is_normal(), D("1.5").number_class(), D(-0.0).number_class(), D("1.20").canonical())
print(D(10).logb(), D("0.5").logical_invert() if False else '', D("1101").logical_and(D("1011")), D("1").next_plus(), D("1").next_minus(), D("5").copy_negate(), D(3).copy_sign(D(-1)), D("12.345").shift(2) if False else '', D(1234).rotate(2) if False else '')
print(D(2) ** 100, D("1.1") ** 10, D(2) ** D(-2), D("0.5") ** 2, D(-8) ** D(1) if True else '', pow(D(3), 4, 5))
try:
    D(-8) ** D("0.5")
except decimal.InvalidOperation as e:
    print(type(e).__name__)
print(D(10) % 3, D(-10) % 3, D(10) % -3, D(-10) // 3, D("7.5") // D("2"), D("1e3") / D("4e1"), D(1) / D(8), D(2) / D(3) * 3)
print(int(D("1e20")), float(D("nan")), complex(D("1.5")) if False else '', D(5).__abs__(), hash(D("0.5")) == hash(0.5), D("100").as_integer_ratio(), D("-0.125").as_integer_ratio())
try:
    int(D("inf"))
except OverflowError as e:
    print(e)
try:
    int(D("nan"))
except ValueError as e:
    print(e)
print(D((1, (3, 1, 4), -2)), D((0, (), "F")), D((0, (0,), 0)), D(" -12 "), D("\u0661\u0662"))
try:
    D((2, (1,), 0))
except ValueError as e:
    print(e)
try:
    D([1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(sum([D("1.1"), D("2.2")], D(0)), max([D("1.10"), D("1.1")]), min(D(1), D("1.0")), D("1.10") == D("1.1"), sorted([D("1.1"), D("1.10"), D("1.100")]))
c = Context(prec=6, Emax=99, Emin=-99)
print(c.power(D(10), 100) if False else '', c.add(D("1e99"), D("9e99")) if False else '', c.sqrt(D(2)), c.to_sci_string(D("1e-7")), c.multiply(D("1.23456789"), 1), c.compare(1, 2))
print(repr(Context(prec=5))[:40], Context().Etiny(), Context().Etop() if False else '')
print(D(0.1).quantize(D("1e-20")), D.from_float(1e-5), D("1E1").quantize(D(1)), D(123).quantize(D("1E+1")))
