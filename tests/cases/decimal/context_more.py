from decimal import *
import copy

for kw in [dict(x=1), dict(prec='x'), dict(prec=0), dict(flags={Inexact: True}),
           dict(traps=[Inexact]), dict(rounding=ROUND_UP, Emax=10)]:
    try:
        with localcontext(**kw) as c:
            print(c)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    localcontext(1)
except TypeError as e:
    print('TypeError', e)
with localcontext() as c:
    c.traps[FloatOperation] = True
    for expr in ['Decimal(1.5)', 'Decimal(1) < 1.5', 'Decimal(1) == 1.0',
                 'Decimal.from_float(0.5)', 'c.create_decimal_from_float(0.1)']:
        try:
            print(expr, repr(eval(expr)))
        except FloatOperation as e:
            print(expr, 'FloatOperation', e)
    try:
        c.flags['x'] = 1
    except KeyError as e:
        print('KeyError', e)
    try:
        del c.prec
    except AttributeError as e:
        print('AttributeError', e)
    print(c.Etiny(), c.Etop(), c.radix(), repr(c.create_decimal('1.23456789012345678901234567890123')))
    try:
        c.create_decimal(' 1')
    except InvalidOperation as e:
        print('InvalidOperation', e)
    c.prec = 5
    print(c.add(1, 2), c.divide(1, 3), c.power(2, 10), c.sqrt(2), c.multiply('1.5', 2) if False else '',
          c.to_sci_string(Decimal('1E+7')), c.abs(-3), c.minus(3), c.plus(Decimal('1.234567')))
    try:
        c.add(1.5, 1)
    except TypeError as e:
        print('TypeError', e)
c = Context(prec=7, rounding=ROUND_FLOOR, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero])
d = c.copy()
print(c, d, c.flags is d.flags, copy.copy(c))
d.prec = 3
print(c.prec, d.prec)
print(c.create_decimal('1E+10'), c.create_decimal('123.4567891'), str(c.create_decimal('1e-15')))
print(c.divide(1, 3), c.divide(-1, 3), c.flags)
try:
    c.divide(1, 0)
except DivisionByZero as e:
    print('DivisionByZero', e.args)
c.clear_traps()
print(c.divide(1, 0), c)
c.clear_flags()
print(c)
print(BasicContext.prec, BasicContext.rounding, ExtendedContext.traps[InvalidOperation])
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, getcontext().flags[DivisionByZero], getcontext() is ExtendedContext)
setcontext(DefaultContext)
print(getcontext().prec, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS)
