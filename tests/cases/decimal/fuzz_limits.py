# Powers, exp, ln, log10 and sqrt near the exponent limits, all rounding modes.
from decimal import *
state = [81]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def rd(lo, hi):
    return Decimal('%s%sE%d' % ('-' if rnd(4) == 0 else '', ''.join(str(rnd(10)) for _ in range(1 + rnd(6))), rnd(hi - lo) + lo))
for i in range(500):
    ctx = Context(prec=1 + rnd(25), rounding=modes[rnd(8)], Emin=-rnd(50) - 1, Emax=rnd(50) + 1, clamp=rnd(2), traps=[])
    a = rd(-6, 3)
    b = rd(-4, 4) if rnd(2) else Decimal(rnd(4001) - 2000)
    out = []
    for op in ('power', 'exp', 'ln', 'log10', 'sqrt'):
        ctx.clear_flags()
        try:
            r = ctx.power(a, b) if op == 'power' else getattr(ctx, op)(a if op != 'exp' else b)
        except Exception as e:
            r = type(e).__name__
        out.append('%s=%s%s' % (op, r, ''.join(k.__name__[:2] for k, v in ctx.flags.items() if v)))
    print(i, ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp, a, b, ' '.join(out))
