from decimal import Decimal as D, getcontext, Context, ROUND_UP, ROUND_05UP, ROUND_FLOOR, ROUND_CEILING
import decimal
for e in ['D("1e-999999999")/10', 'D("1e-999999")/10', 'D("1e-999999") + 1', 'D(1) + D("1e-999999")', 'D(1) - D("1e-999999")', 'D("1e999999") + D("1e-999999")', 'D("1e-999999") * D("1e-999999")', 'D("1e-1000020")', 'D("1e-1000020") + 0', 'D("1.5e-1000025") * 1', 'D("1e-999999").sqrt()', 'D("1e999999").quantize(D(1))', 'D("1e-999999").quantize(D(1))', 'D("1e-999999") // 3', 'D("1e-999999") % 3', 'D(7).fma(D("1e-999999"), 1)', 'D("1e-999999").compare(1)', 'D("1e-99999").ln()', 'D("1e-999999").exp()', 'D("1e-999999").log10()', 'D("123e-1000020").normalize()', 'D(10) ** -999999', 'D("1e-999999").to_integral()', 'round(D("1e-999999"), 3)', 'D("1e-999999").next_plus()', 'D(1).next_plus()', 'D("0.1") ** 999999', 'D("1e-999998") / D("1e999998")']:
    for r in [decimal.ROUND_HALF_EVEN, ROUND_UP, ROUND_05UP, ROUND_FLOOR]:
        c = Context(rounding=r, traps=[])
        decimal.setcontext(c)
        try:
            print(e, r, '=', eval(e), sorted(k.__name__ for k, v in c.flags.items() if v))
        except Exception as ex:
            print(e, r, '!', type(ex).__name__, ex)
