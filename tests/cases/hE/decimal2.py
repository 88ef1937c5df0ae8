import decimal
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext, BasicContext, ExtendedContext, DefaultContext
print(getcontext())
print(repr(ExtendedContext), BasicContext.prec)
c = getcontext()
c.traps[decimal.Inexact] = False
print(c.flags[decimal.Inexact], D(1) / 3, c.flags[decimal.Inexact], c.flags[decimal.Rounded])
c.clear_flags(); print(c.flags[decimal.Inexact])
for expr in ['D(1)/0', 'D(0)/0', 'D("x")', 'D("inf")-D("inf")', 'D(2).ln() if False else D(-1).ln()', 'D(10)**D("1e100")', 'D("1e999999999")*10', 'D(5).quantize(D("1e-1000"))', 'D("1.5").to_integral_exact()', 'D(2)**-1', 'D(0)**0', 'D(0)**-1', 'D(4)%0', 'divmod(D(4), 0)', 'D(1).log10()', 'D("1e-999999999")/10']:
    try:
        print(expr, '=', eval(expr))
    except Exception as e:
        print(expr, '!', type(e).__name__, e, e.args if False else '')
with localcontext(Context(prec=4, traps=[])) as ctx:
    print(D(1) / 0, D(0) / 0, D('x'), D(1) / 3, ctx.flags[decimal.DivisionByZero], ctx.flags[decimal.InvalidOperation])
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
with localcontext(prec=6, rounding=decimal.ROUND_UP) as ctx2:
    print(D(2).sqrt(), ctx2.prec)
print(D('1.23456789e5').quantize(D('1e2')), D('123.456').quantize(D('1E+1')), D('0.5').quantize(D(1)), D('1.5').quantize(D(1)), D('-0.5').quantize(D(1)))
print(D('7.325').quantize(D('.01'), rounding=decimal.ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=decimal.ROUND_UP))
print(D(1) / D(3) * 3, D('0.1') + D('0.2') == D('0.3'), sum(D('0.1') for _ in range(10)), D('1') - D('0.9999999999999999999999999999'))
print(D('123.4500').normalize(), D('0.00').normalize(), D('-0.0e5').normalize(), D('1E+2').normalize(), D(120).normalize(), D('1200').normalize().to_eng_string())
print(D('1e-7'), D('1e-6'), D('0.0000001'), D('123E-10'), D('-1E+5'), D('1.0E+5'), D('0E+3'), D('0.000E-2'), D('12345678901234567890123456789012345'))
print(repr(D('1e-7')), str(D(0.1)), D(0.5), D(1e20), D(-0.0), D(float('inf')), repr(D(float('nan'))))
print(D(10).sqrt(), D(81).sqrt(), D('0.0001').sqrt(), D(2).exp(), D(1).exp(), D('1e-10').ln() if False else '', D(7).log10(), D(1000).log10(), D(2).logb(), D(0.1).logb())
print(D('12.345').scaleb(2), D('12.345').shift(2), D(12).rotate(1) if False else '', D('1.5').next_plus(), D('1.5').next_minus(), D(1).next_toward(2), D(3).remainder_near(2), D('10').compare_total(D('10.0')))
print(D(255).to_integral(), round(D('1.2345'), 3), round(D('-1.5')), round(D('0.5')), round(D('123.456'), -1), type(round(D('1.5'))).__name__, D('3.7').__trunc__(), D('3.2').__ceil__(), D('-3.2').__floor__())
print(D('1.5') * 2 == 3, D('3.0') == 3, 3 == D('3.00'), D('0.1') == 0.1, D('0.1') < 0.2, D('NaN') == D('NaN'), D(2) in {2}, {D('2.0'): 'x'}[2])
try:
    D('NaN') < 1
except Exception as e:
    print(type(e).__name__, e)
try:
    D(1) + 1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    D([1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    D((1, (1, 2), 'x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    Context(prec=0)
except Exception as e:
    print(type(e).__name__, e)
try:
    getcontext().prec = -1
except Exception as e:
    print(type(e).__name__, e)
try:
    getcontext().rounding = 'bad'
except Exception as e:
    print(type(e).__name__, e)
print(f'{D("3.14159"):.3}', f'{D("3.14159"):.3f}', f'{D("31415.9"):.2e}', f'{D("1e5"):g}', f'{D("0.00001"):g}', f'{D("1234567"):,}', f'{D("-5.5"):+010.2f}', f'{D("nan"):f}', f'{D("inf"):>6}')
print(f'{D("1.5"):.0f}', f'{D("2.5"):.0f}', f'{D("123.456"):.1%}', f'{D("12"):.3g}', f'{D(1)/3:.50f}', format(D('1e-20'), 'f'), format(D('12.5'), 'E'))
print(D('-0').is_zero(), D('-0') == 0, D('1.0').as_tuple().exponent, D('sNaN').is_snan(), D('nan').is_qnan(), D(5).is_finite(), D('1e5').is_normal(), D('1e-999999999').is_subnormal(), D(5).number_class(), D('-inf').number_class())
print(D(7) // D(-2), D(-7) // 2, D(7) % D(-2), D(-7) % D(2), -7 // 2, -7 % 2, D('7.5') // 2, D('7.5') % 2, D(2) ** 10, D('1.1') ** 2, D(2) ** D('0.5'), pow(D(3), 4, 5))
decimal.getcontext().prec = 50
print(D(1) / D(7), D(2).sqrt())
decimal.getcontext().prec = 28
print(D.from_float(0.1), D(0.1).quantize(D('1e-20')), D(1).__repr__(), D('0.1').__float__(), int(D('1e3')), complex(D('1.5')), float(D('nan')))
print(hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5), D('1.5').conjugate(), D(3).real, D(3).imag, D(5).adjusted(), D('0.05').adjusted())
print(sorted([D('1.0'), D(1), D('1.00')]), max(D(1), D('1.0')), min(D(1), D('1.0')), D(1).max(D('1.0')), D('-0').max(D('0')))
