from decimal import *

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
vals = ['1.25', '1.35', '-1.25', '-1.35', '2.5', '-2.5', '0.05', '1.04', '1.06', '-0.001',
        '1.051', '7.999', '0.5', '-0.5', '12.345', '10.55', '1.15', '3.0']
for m in modes:
    row = []
    for v in vals:
        d = Decimal(v)
        row.append(str(d.quantize(Decimal('0.1'), rounding=m)))
        row.append(str(d.to_integral_value(rounding=m)))
    print(m, ' '.join(row))
for m in modes:
    with localcontext() as c:
        c.prec = 3
        c.rounding = m
        print(m, [str(+Decimal(v)) for v in ['1.234', '1.235', '1.245', '-1.235', '9.995',
                                            '-9.995', '123.5', '100.5', '0.0012345']],
              str(Decimal(2) / 3), str(Decimal(-2) / 3), str(Decimal(1) / 6))
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN),
      Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))
print(Decimal('1.41421356').quantize(Decimal('1.000')), Decimal('5').quantize(Decimal('0.00')),
      Decimal('-0.5').quantize(Decimal('1')), Decimal('123.456').quantize(Decimal('1E+1')),
      Decimal('0').quantize(Decimal('1E-5')), Decimal('1E+2').quantize(Decimal('1')))
print(Decimal('inf').quantize(Decimal('inf')), Decimal('2.5').quantize(1))
c = Context(traps=[])
for a, b in [('1', '1e-30'), ('inf', '1'), ('1', 'inf'), ('1e30', '1'), ('1', '1e1000000')]:
    c.clear_flags()
    print(a, b, repr(Decimal(a).quantize(Decimal(b), context=c)), c.flags[InvalidOperation])
c = Context(prec=5, traps=[])
r = Decimal('1.23456').quantize(Decimal('0.001'), context=c)
print(r, c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(Decimal('1.20').quantize(Decimal('0.1'), context=c), c.flags[Inexact], c.flags[Rounded])
for v in ['2.5', '3.5', '-2.5', '2.4999', '1E+2', '-0.1', '123.456', '0.0']:
    d = Decimal(v)
    print(v, round(d), repr(round(d, 1)), repr(round(d, -1)), repr(round(d, 0)),
          int(d), repr(d.to_integral()), repr(d.to_integral_exact()), repr(d.to_integral_value()))
import math
for v in ['2.5', '-2.5', '7', '-0.1', '1E+3', '1.999']:
    d = Decimal(v)
    print(v, math.floor(d), math.ceil(d), math.trunc(d), int(d), float(d))
c = Context(traps=[])
print(repr(Decimal('1.5').to_integral_exact(context=c)), c.flags[Inexact], c.flags[Rounded])
for bad in ['nan', 'inf', '-inf']:
    for f in (int, round, math.floor):
        try:
            f(Decimal(bad))
        except (ValueError, OverflowError) as e:
            print(bad, f.__name__, type(e).__name__, e)
