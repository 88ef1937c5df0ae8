import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, ROUND_UP,
                     ROUND_DOWN, ROUND_HALF_UP, InvalidOperation, DivisionByZero, Inexact,
                     Rounded, Overflow, Underflow, Clamped, Subnormal, FloatOperation)

c = getcontext()
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c.flags)
print(c.traps[InvalidOperation], c.traps[Inexact])
print(decimal.DefaultContext)
print(decimal.BasicContext)
print(decimal.ExtendedContext)
Decimal(1) / 3
print(getcontext())
getcontext().clear_flags()
print(getcontext())
with localcontext() as lc:
    lc.prec = 6
    lc.rounding = ROUND_DOWN
    print(Decimal(2) / 3, lc.prec, getcontext() is lc)
    print(lc)
print(getcontext().prec, Decimal(2) / 3)
with localcontext(prec=4, rounding=ROUND_UP) as lc:
    print(Decimal(2) / 3, Decimal(1) / 3)
with localcontext(Context(prec=3)) as lc:
    print(Decimal(1) / 7, lc.prec)
nc = Context(prec=10, rounding=ROUND_HALF_UP, traps=[Inexact])
setcontext(nc)
print(getcontext() is nc, Decimal('1.5') + 1)
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact', e.args)
setcontext(decimal.DefaultContext)
print(getcontext() is decimal.DefaultContext, getcontext())
for kw in [dict(prec=0), dict(prec='x'), dict(rounding='x'), dict(Emin=1), dict(Emax=-1),
           dict(capitals=2), dict(clamp=3), dict(prec=10**19)]:
    try:
        Context(**kw)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    setcontext(1)
except TypeError as e:
    print('TypeError', e)
c = Context(traps=[], flags=[])
for expr in ['c.divide(1, 0)', 'c.divide(0, 0)', 'c.sqrt(-1)', 'c.add(Decimal("sNaN"), 1)',
             'c.multiply(Decimal("1e999999"), 10)', 'c.divide(Decimal("1e-999999"), 10**30)',
             'c.divide_int(10**30, Decimal("0.001"))', 'c.create_decimal("1.234567890123456789012345678901")']:
    c.clear_flags()
    r = eval(expr)
    print(expr, repr(r), c)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal),
      issubclass(decimal.DivisionUndefined, ZeroDivisionError),
      issubclass(decimal.ConversionSyntax, InvalidOperation), Overflow.__mro__)
c2 = Context(prec=3, traps=[Inexact, Rounded])
try:
    c2.add(Decimal('1.234'), 1)
except decimal.DecimalException as e:
    print(type(e).__name__, e)
c3 = Context(traps=[Overflow, Inexact])
try:
    c3.multiply(Decimal('9e999999'), 10)
except decimal.DecimalException as e:
    print(type(e).__name__, e)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    err = e
print(type(err).__qualname__, type(err).__module__, err.args)
raise decimal.DivisionByZero(*err.args)
