from decimal import *
D = Decimal
print(D('1.1') * D('3'), D('1') / D('3'), D('2').ln(), D('10').log10(), D('2').exp(), D('0.5').exp(), D('1e-3').logb(), D('123.456').adjusted())
print(D(1).fma(2, 3), D('7.5').remainder_near(2), D('-7').rotate(1) if False else '', D('1.23456789012345678901234567890'), +D('1.23456789012345678901234567890'))
print(D('1e999999') * 10 if False else '', D('0.1') + D('0.2') == D('0.3'), D('1.0') == D('1.00'), hash(D('1.0')) == hash(1), D(3).compare(D(4)), D('NaN').is_nan(), D('sNaN').is_snan())
print(D(1.1), D(-2**70), D((0, (1, 2, 3), -2)), D((1, (4,), 3)), D('  12  '), D('1_000'), D('+.5'), D('5.'), D('-inf'), D('Inf'), D('nan123'))
for s in ['1..2', '', '1e', 'e5', '0x10', '1 2', '--1']:
    try: print(D(s))
    except InvalidOperation as e: print(repr(s), type(e).__name__, e)
print(D('123.456').quantize(D('1.00'), ROUND_DOWN), D('-2.5').quantize(D(1), ROUND_HALF_EVEN), D('2.5').quantize(D(1), ROUND_CEILING), D('-2.5').quantize(D(1), ROUND_FLOOR), D('2.51').quantize(D('0.1'), ROUND_UP), D('2.55').quantize(D('0.1'), ROUND_05UP), D('2.5').quantize(D(1), ROUND_HALF_DOWN))
print(round(D('2.5')), round(D('3.5')), round(D('-0.5')), round(D('1.2345'), 2), round(D('123.45'), -1), type(round(D('2.5'))).__name__, D('1.5').__round__())
print(D(10) ** 20, D(2) ** -2, D('1.5') ** 2, D(-8) ** D(1) / 3 if False else '', D(0) ** 0 if False else '', pow(D(3), 4, 5))
ctx = Context(prec=3, rounding=ROUND_HALF_UP); print(ctx.divide(D(2), D(3)), ctx.add(D('1.234'), D('1')), ctx.create_decimal('3.14159'), ctx.plus(D('9.999')), ctx.power(2, 10))
print(repr(getcontext()) if False else '', getcontext().rounding, getcontext().Emax, getcontext().traps[DivisionByZero], ctx.prec)
c = getcontext().copy(); c.traps[DivisionByZero] = False; print(c.divide(D(1), D(0)), c.flags[DivisionByZero])
with localcontext(prec=2) as lc: print(D(1) / 3, lc.prec)
print(D(1) / 3)
print(f"{D('3.14159'):.3}", f"{D('3.14159'):.3f}", f"{D('1234567.891'):,}", f"{D('-0.00001'):.2e}", f"{D('12.5'):08.2f}", f"{D('1e5'):f}", f"{D('1.5'):.0%}", f"{D('NaN'):>6}", f"{D('0.000012345'):g}")
print(str(D('1E+2')), str(D('0.00001')), str(D('1E-7')), D('100').to_eng_string(), D('1E+5').to_eng_string(), D('123E-10').to_eng_string(), D(10).sqrt(), D('0.25').sqrt())
print(D('1.5').as_integer_ratio(), D('-0.75').as_integer_ratio(), D.from_float(0.1), D(5).max_mag(D(-7)), D(5).min(D('NaN')), D('3').copy_sign(D('-1')), D(2).next_plus() if False else '', int(D('1e3')), D('1e3'))
print(D(5) // D(2), D(-5) // D(2), D(-5) % D(2), D('5.5') % 2, -D('0'), D('0') * -1, abs(D('-0')), D(1) - D(1), D('-1') + D('1'))
for bad in [lambda: D(1) // 0, lambda: D(0) // 0, lambda: D('inf') - D('inf'), lambda: int(D('nan')), lambda: int(D('inf')), lambda: D('nan') < 1, lambda: D(1) < D('nan'), lambda: D('sNaN') == 1, lambda: D(1) + 'a', lambda: D([1]), lambda: D(1).quantize(D('inf')), lambda: D('1e100000000000') if False else D(2).ln(context=1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(D('nan') == D('nan'), D('nan') != 1, D(1) == 1.0, D('0.1') == 0.1, D(1) < 1.5, max(D(1), 2), sorted([D('nan'), 1]) if False else '', sum([D('0.1')] * 3), D('3.0').is_zero(), bool(D('0.0')))
print(D(7).number_class(), D('-0').number_class(), D('inf').number_class(), D('1e-1000').is_subnormal(), D(10).is_normal(), D(7).canonical(), D(4).logical_and(D(6)) if False else '', D('1.00').normalize(), D('0.00').normalize(), D('-0.0').normalize())
print(isinstance(D(1), __import__('numbers').Number), isinstance(D(1), __import__('numbers').Real), D('1.2').__float__(), complex(D('1.5')), D(12).__index__() if False else '')
try: [1][D(0)]
except TypeError as e: print(e)
