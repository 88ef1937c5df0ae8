from decimal import Decimal as D, Context
import decimal
for e in ['D("1e999999") % 7', 'D("1e999999") // 7', 'D(7) % D("1e-999999")', 'D("1e999999").remainder_near(7)', 'D("1e-999999") % 7', 'D("1e999999").to_integral()', 'int(D("1e50"))', 'D("1e999999").compare_total(D(1))', 'D("1e999999") == 5', 'D("1e-999999") < 1', 'hash(D("1e999999"))  == hash(D("1e999999"))', 'D("1e999999").as_integer_ratio()[0] > 0 if False else 1', 'D("1e-999998") + D("1e999998")', 'D("1e999999").ln()', 'D("1e999999").log10()', 'D("1e-999999").ln()', 'D("1e999999").sqrt()', 'D("1e-999999").sqrt()', 'D("1e999999").scaleb(-999999)', 'D(2).scaleb(999999)', 'D("9.99e999999").next_plus()', 'D("1e999999").quantize(D("1e999990"))', 'D("1e-999999").quantize(D("1e-999990"))', 'float(D("1e-999999"))', 'float(D("1e999999"))', 'D("1e999999").__round__(2)', 'round(D("1e20"), 2)', 'D("1e999999") < D("1e-999999")', 'D(1).shift(-28)', 'D("1e5").fma(D("1e999990"), D("1e-999999"))', 'D("2e999999").exp()', 'D("-2e999999").exp()', 'D("1e-999999").exp()']:
    c = Context(traps=[])
    decimal.setcontext(c)
    try:
        print(e, '=', eval(e), sorted(k.__name__ for k, v in c.flags.items() if v))
    except Exception as ex:
        print(e, '!', type(ex).__name__, ex)
