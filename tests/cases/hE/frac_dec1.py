from fractions import Fraction as F
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero, Context
import decimal
print(F(3, 6), repr(F(3, 6)), F('1.25'), F(' -7/21 '), F(0.1), F(D('0.3')), F(1, -4), F('1e-3'))
print(F(1, 3) + F(1, 6), F(1, 3) * 3, F(1, 2) ** 2, F(1, 2) ** -2, F(4, 9) ** F(1, 2), F(1, 3) + 1.0, 2 ** F(1, 2), F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)))
print(F(355, 113).limit_denominator(10), F(1.1).limit_denominator(), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2), F(-7, 2).__floor__(), F(-7, 2).__ceil__(), int(F(-7, 2)))
print(F(1, 3).numerator, F(1, 3).denominator, F(3, 4).as_integer_ratio(), F(5).is_integer() if hasattr(F, 'is_integer') else '', float(F(1, 3)), F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))
for bad in [(1, 0), ('abc',), ('1/0',), (1.5, 2), (float('nan'),), (float('inf'),)]:
    try:
        print(F(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print(f'{F(1, 3)}', str(F(-0)), F(10, 4).__repr__(), format(F(1, 3), '') if True else '')
print(D('1.10'), repr(D('1.10')), D('1e3'), D('1E+3'), D('-0'), D('0.000001'), D('0.0000001'), D(1.1), D('123456789e-20'), D('1e-7') * 1, D('100').normalize(), D('1.500').normalize(), D('12345e10'))
print(D('NaN'), D('-Infinity'), D('sNaN'), D('inf'), repr(D('nan')), D((1, (3, 1, 4), -2)), D(' 5 '))
print(D(1) / D(7), D(2).sqrt(), D(10).ln(), D(100).log10(), D(2) ** D('0.5'), D('1.23456789').quantize(D('0.01')), D('2.5').quantize(D('1'), rounding=ROUND_HALF_UP))
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, [str(D(x).quantize(D('1'), rounding=r)) for x in ['2.5', '-2.5', '3.5', '1.51', '-0.4', '10.5', '0.5']])
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, D('1.234567') * 1, +D('99999.5'))
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(getcontext().prec, getcontext().rounding, D(1) / D(3))
for expr in ['D(1) / D(0)', 'D(0) / D(0)', 'D("abc")', 'D("1.5").quantize(D("1e-30"))', 'D(1) < D("NaN")', 'D("sNaN") + 1', 'D(-1).sqrt()', 'D(1.5) + 1.5', 'int(D("inf"))', 'int(D("nan"))']:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(D('1.5') + 1, 3 * D('1.1'), D('10') % 3, D(-7) // 2, D(-7) % 2, divmod(D(7), D(2)), abs(D('-1.5')), -D('0'), round(D('2.675'), 2), round(D('2.5')), int(D('-3.9')))
print(D('1.1') == 1.1, D('1.5') == 1.5, D(1) == 1, D('1.0') == F(1), hash(D('1.5')) == hash(1.5), D('2') > 1, max(D('1'), D('1.0')), sorted([D('3'), D('1.5'), 2]))
print(D('123.456').as_tuple(), D('-0.01').as_tuple(), D(5).as_integer_ratio(), D('0.25').as_integer_ratio(), D('1.23E+5').adjusted(), D('1.2300').to_integral_value(), D('12.5').to_integral_exact(rounding=ROUND_HALF_EVEN))
print(f'{D("1234.5678"):.2f}', f'{D("1234.5678"):,.3f}', f'{D("0.000012"):e}', f'{D("5"):>8}|', format(D('1e10'), 'f'), format(D('-0.5'), '.0f'), f'{D("12.3"):%}')
print(D('1.20') * D('2.5'), D('1.00') + D('2.0'), D('5E-3') + 0, D('0E-10'), D('0e5'), D('1e-5').to_eng_string(), D('123e7').to_eng_string(), D('-1.5e-9').to_eng_string())
c = Context(prec=3, rounding=ROUND_HALF_UP)
print(c.add(D('1.234'), D('2')), c.divide(D(1), D(3)), c.create_decimal('3.14159'), c.power(2, 10))
print(D('3.14159').compare(D('3')), D(5).max(D(7)), D('0.1').fma(2, 3), D(7).copy_sign(D(-1)), D('1.5').is_signed(), D('nan').is_nan(), D(12).sqrt(), D('0.5').exp())
print(decimal.Decimal.from_float(0.5), D('1e+2'), D('1e2') == 100, str(D('1e2')), D('-1e-10'), D(10**30), D('1.000000000000000000000000000001') + 0)
