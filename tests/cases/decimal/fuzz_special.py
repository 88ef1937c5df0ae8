# Deterministic pseudo-random test including NaN, sNaN, infinities and zeros.
from decimal import *

state = [4242]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n


def rdec():
    k = rnd(14)
    sign = '-' if rnd(2) else ''
    if k == 0:
        return Decimal(sign + 'NaN' + str(rnd(3) * 7 or ''))
    if k == 1:
        return Decimal(sign + 'sNaN' + str(rnd(2) * 3 or ''))
    if k == 2:
        return Decimal(sign + 'Infinity')
    if k == 3:
        return Decimal(sign + '0E%d' % (rnd(10) - 5))
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(9)))
    return Decimal('%s%sE%d' % (sign, digits, rnd(16) - 8))


modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
names = ['InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Underflow',
         'Overflow', 'Clamped']
unary = ('plus', 'minus', 'abs', 'normalize', 'to_integral_value', 'to_integral_exact',
         'next_plus', 'next_minus', 'sqrt', 'logb', 'copy_abs', 'copy_negate', 'number_class',
         'is_normal', 'is_subnormal', 'to_sci_string', 'to_eng_string')
binary = ('add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'quantize',
          'max', 'min', 'max_mag', 'min_mag', 'compare', 'compare_signal', 'remainder_near',
          'same_quantum', 'copy_sign', 'next_toward', 'divmod')
for i in range(400):
    ctx = Context(prec=1 + rnd(9), rounding=modes[rnd(8)], Emin=-rnd(12) - 1,
                  Emax=rnd(12) + 1, clamp=rnd(2), traps=[])
    a, b = rdec(), rdec()
    out = []
    for op in unary + binary:
        ctx.clear_flags()
        try:
            r = getattr(ctx, op)(a) if op in unary else getattr(ctx, op)(a, b)
        except Exception as e:
            r = type(e).__name__
        fl = ''.join(n[0:2] for n in names if ctx.flags[globals()[n]])
        out.append('%s=%s[%s]' % (op, r, fl))
    print(i, ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp, repr(a), repr(b))
    for k in range(0, len(out), 6):
        print('  ' + ' '.join(out[k:k + 6]))
    ctx.clear_flags()
    cmp = []
    for expr in ('a == b', 'a != b', 'a < b', 'a >= b'):
        try:
            with localcontext(ctx):
                cmp.append(eval(expr))
        except Exception as e:
            cmp.append(type(e).__name__)
    print('  cmp', cmp)
