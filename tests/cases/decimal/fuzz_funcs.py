# Deterministic pseudo-random test of sqrt, exp, ln, log10 and power under many contexts.
from decimal import *

state = [987654]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n


def rdec(maxexp=6):
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(8)))
    sign = '-' if rnd(5) == 0 else ''
    return Decimal('%s%sE%d' % (sign, digits, rnd(2 * maxexp) - maxexp - len(digits) // 2))


names = ['InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Underflow',
         'Overflow', 'Clamped']
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
for i in range(120):
    ctx = Context(prec=1 + rnd(30), rounding=modes[rnd(8)], traps=[])
    a = rdec()
    b = Decimal(rnd(7) - 3) if rnd(2) else rdec(2)
    out = []
    for op in ('sqrt', 'exp', 'ln', 'log10', 'power'):
        ctx.clear_flags()
        try:
            r = ctx.power(a, b) if op == 'power' else getattr(ctx, op)(a)
        except Exception as e:
            r = type(e).__name__
        fl = ''.join(n[0:2] for n in names if ctx.flags[globals()[n]])
        out.append('%s=%s[%s]' % (op, r, fl))
    print(i, ctx.prec, ctx.rounding, a, b)
    print('  ' + ' '.join(out))
