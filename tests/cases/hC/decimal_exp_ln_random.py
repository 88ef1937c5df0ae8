import random, decimal
from decimal import Decimal as D, localcontext
random.seed(5)
bad = 0
lines = []
for i in range(400):
    prec = random.choice([3, 9, 16, 28, 40, 77])
    x = D(random.choice(["", "-"]) + str(random.randint(1, 10**random.randint(1, 12)))) .scaleb(random.randint(-14, 3))
    y = D(str(random.randint(1, 999))).scaleb(random.randint(-3, 0)) * random.choice([1, -1])
    rnd = random.choice([decimal.ROUND_HALF_EVEN, decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_FLOOR, decimal.ROUND_CEILING, decimal.ROUND_HALF_UP])
    with localcontext(prec=prec, rounding=rnd):
        r = []
        for f in (lambda: x.exp(), lambda: abs(x).ln(), lambda: abs(x).log10(), lambda: abs(x) ** y, lambda: x.sqrt() if x > 0 else 0):
            try:
                r.append(str(f()))
            except Exception as e:
                r.append(type(e).__name__)
        lines.append(" ".join(r))
print("\n".join(lines))
