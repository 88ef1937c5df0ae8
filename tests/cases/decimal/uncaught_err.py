# An uncaught decimal signal: CPython's C decimal shows no library frames.
from decimal import Decimal, localcontext, Inexact


def compute(a, b):
    with localcontext() as ctx:
        ctx.prec = 5
        ctx.traps[Inexact] = True
        print(Decimal(a) + Decimal(b))
        return Decimal(a) / Decimal(b)


print(compute(3, 4))
print(compute(1, 3))
