from decimal import *
for r in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP]:
    setcontext(Context(rounding=r, prec=5))
    print(r, [format(Decimal(x), s) for x in ['-4110.114', '2.5', '-0.0489', '1.005', '-2.5', '0.15'] for s in ['.3', '.2f', '.1e', '.0%', '.2g', '']])
    print(format(Decimal('1.23456789'), '.3f'), str(Decimal('1.23456789')), '%s' % Decimal('2.675'), round(Decimal('2.675'), 2), f"{Decimal('2.675'):.2f}")
