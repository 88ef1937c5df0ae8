import decimal
from decimal import Decimal as D, localcontext
vals = ["0.5", "1", "2", "3.14159", "10", "0.001", "123.456", "1e-20", "1e20", "-1", "-7.5", "0.9999999", "1.0000001", "2.302585092994046", "50", "-50", "700", "-700", "1e-5", "99999", "-123.4", "0.1", "7", "1.5e3"]
for prec in (5, 28, 50, 120):
    with localcontext(prec=prec) as c:
        for v in vals:
            x = D(v)
            out = []
            for name, f in (("exp", lambda: x.exp()), ("ln", lambda: x.ln()), ("log10", lambda: x.log10()), ("pow", lambda: x ** D("0.37")), ("rpow", lambda: D("1.7") ** x), ("sq", lambda: abs(x) ** D("2.5"))):
                try:
                    out.append(str(f()))
                except Exception as e:
                    out.append(type(e).__name__)
            print(prec, v, *out)
        print(sorted(k.__name__ for k, v in c.flags.items() if v))
with localcontext(prec=28, rounding=decimal.ROUND_DOWN):
    print(D(2).exp(), D(3).ln(), D(2) ** D("0.5"), D(-2) ** 3)
with localcontext(prec=28, rounding=decimal.ROUND_CEILING):
    print(D(2).exp(), D(3).ln(), D(2) ** D("0.5"), D("-1.5").exp())
print(D(1).exp(), D("1e-30").exp(), D("-1e-30").exp(), D(0).exp(), D("-Infinity").exp(), D("Infinity").ln(), D(0).ln() if False else '', D("1e999").ln(), D("1e-999").log10())
