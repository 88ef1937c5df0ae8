# compare_total, logical operations, rotate and shift on pseudo-random operands.
from decimal import *

state = [2718]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n


def rdec():
    k = rnd(12)
    sign = '-' if rnd(2) else ''
    if k == 0:
        return Decimal(sign + 'NaN' + str(rnd(3) * 7 or ''))
    if k == 1:
        return Decimal(sign + 'sNaN' + str(rnd(2) * 3 or ''))
    if k == 2:
        return Decimal(sign + 'Infinity')
    if k in (3, 4):
        return Decimal(''.join(str(rnd(2)) for _ in range(1 + rnd(12))))
    if k == 5:
        return Decimal(rnd(21) - 10)
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(9)))
    return Decimal('%s%sE%d' % (sign, digits, rnd(6) - 3))


names = ['InvalidOperation', 'Inexact', 'Rounded', 'Clamped']
ops = ('compare_total', 'compare_total_mag', 'logical_and', 'logical_or', 'logical_xor',
       'logical_invert', 'rotate', 'shift')
for i in range(300):
    ctx = Context(prec=1 + rnd(10), traps=[])
    a, b = rdec(), rdec()
    out = []
    for op in ops:
        ctx.clear_flags()
        try:
            r = getattr(ctx, op)(a) if op == 'logical_invert' else getattr(ctx, op)(a, b)
        except Exception as e:
            r = type(e).__name__
        fl = ''.join(n[0:2] for n in names if ctx.flags[globals()[n]])
        out.append('%s=%s[%s]' % (op, r, fl))
    print(i, ctx.prec, repr(a), repr(b), ' '.join(out))
vals = [Decimal(v) for v in ['-NaN', '-sNaN', '-Infinity', '-1', '-1.0', '-0', '0', '0.0',
                             '1.00', '1.0', '1', 'Infinity', 'sNaN', 'NaN', 'NaN2', '-NaN3']]
print([str(v) for v in sorted(vals, key=lambda v: [v.compare_total(w) for w in vals].count(1))])
