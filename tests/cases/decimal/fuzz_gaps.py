# Operands with far-apart exponents and long coefficients under many precisions.
from decimal import *
state = [5]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(300):
    ctx = Context(prec=1 + rnd(20), rounding=modes[rnd(8)], traps=[])
    a = Decimal('%s%sE%d' % ('-' if rnd(2) else '', ''.join(str(rnd(10)) for _ in range(1 + rnd(25))), rnd(200) - 100))
    b = Decimal('%s%sE%d' % ('-' if rnd(2) else '', ''.join(str(rnd(10)) for _ in range(1 + rnd(25))), rnd(200) - 100))
    out = []
    for op in ('add', 'subtract', 'multiply', 'divide', 'remainder_near', 'quantize', 'fma'):
        ctx.clear_flags()
        try:
            r = ctx.fma(a, b, a) if op == 'fma' else getattr(ctx, op)(a, b)
        except Exception as e:
            r = type(e).__name__
        out.append('%s=%s%s' % (op, r, [k.__name__[:2] for k, v in ctx.flags.items() if v]))
    print(i, ctx.prec, ctx.rounding, a, b, ' '.join(out))
