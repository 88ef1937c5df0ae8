# Money ledger with Decimal: comparisons, sorting, quantize and context traps.
from decimal import Decimal as D, InvalidOperation, localcontext, ROUND_HALF_UP, getcontext
from fractions import Fraction
import itertools

vals = [D("0"), D("-0"), D("0.00"), D("1.10"), D("1.1"), D("-1.1"), D("1E+1"), D("10"), D("9.999"),
        D("-10.5"), D("123456789012345678901234567890"), D("1e-30"), D("-1e-30"), D("Infinity"), D("-Infinity"), D("5.00")]
for a, b in itertools.combinations(vals, 2):
    r = (a < b, a <= b, a == b, a != b, a > b, a >= b)
    if r != ((a.compare(b) < 0), (a.compare(b) <= 0), a.compare(b) == 0, a.compare(b) != 0, a.compare(b) > 0, a.compare(b) >= 0):
        print("mismatch", a, b, r)
print(sorted(vals))
print(sorted(vals, reverse=True)[:4], max(vals), min(vals), sorted(set(vals), key=str)[:5])
print(D("1.10") == D("1.1"), D("0") == D("-0.000"), D("2") == 2, D("2.5") == 2.5, D("0.1") == 0.1, D("0.5") == Fraction(1, 2), D("3") < 4, 2.5 < D("2.6"), D("1") > Fraction(2, 3))
nan = D("NaN")
print(nan == nan, nan != nan, nan == 1, D("NaN") in [nan])
for op in (lambda: nan < D(1), lambda: D(1) >= D("sNaN"), lambda: D("sNaN") == D(1), lambda: sorted([D(1), nan])):
    try:
        print(op())
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__mro__[1].__name__)
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(nan < D(1), nan >= nan, D(2) > nan)
ledger = [("rent", D("-1200.00")), ("salary", D("3500.50")), ("coffee", D("-3.75")), ("refund", D("12.4")), ("fee", D("-0.015"))]
bal = D(0)
for name, amt in sorted(ledger, key=lambda t: (t[1] >= 0, abs(t[1]))):
    bal += amt
    flag = "DEBIT " if amt < 0 else "CREDIT"
    print(f"{name:<8}{flag}{amt:>12}{bal.quantize(D('0.01'), rounding=ROUND_HALF_UP):>12}")
print(bal, bal > 2000, bal.quantize(D("1.")), -bal < 0, abs(-bal) == bal, hash(D("1.10")) == hash(D("1.1")), hash(D(5)) == hash(5))
print(getcontext().prec, D(1) / D(3) > D("0.333"), D(2).sqrt() < D("1.4143"), D("1e999999") > D("9e999998"))
