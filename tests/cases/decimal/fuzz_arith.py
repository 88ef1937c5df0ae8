# Deterministic pseudo-random differential test of Decimal arithmetic under many contexts.
from decimal import *

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n


def rdec():
    k = rnd(10)
    if k == 0:
        return Decimal(rnd(3) - 1)
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(12)))
    sign = '-' if rnd(3) == 0 else ''
    exp = rnd(30) - 15
    return Decimal('%s%sE%d' % (sign, digits, exp))


modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
names = ['InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Underflow',
         'Overflow', 'Clamped']
for i in range(600):
    ctx = Context(prec=1 + rnd(12), rounding=modes[rnd(8)], Emin=-rnd(20) - 1, Emax=rnd(20) + 1,
                  clamp=rnd(2), traps=[])
    a, b = rdec(), rdec()
    out = []
    for op in ('add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'plus',
               'minus', 'abs', 'quantize', 'normalize', 'to_integral_value', 'to_integral_exact',
               'max', 'min', 'compare', 'remainder_near', 'next_plus', 'next_minus'):
        ctx.clear_flags()
        f = getattr(ctx, op)
        try:
            if op in ('plus', 'minus', 'abs', 'normalize', 'to_integral_value',
                      'to_integral_exact', 'next_plus', 'next_minus'):
                r = f(a)
            else:
                r = f(a, b)
        except Exception as e:
            r = type(e).__name__
        fl = ''.join(n[0:2] for n in names if ctx.flags[globals()[n]])
        out.append('%s=%s[%s]' % (op, r, fl))
    print(i, ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp, a, b)
    print('  ' + ' '.join(out))
