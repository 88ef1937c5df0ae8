import random
from decimal import *
random.seed(11)
def rnd_dec():
    r = random.random()
    if r < 0.05: return Decimal(random.choice(['NaN', '-NaN', 'Infinity', '-Infinity', 'sNaN', '-0', '0E+5', '0.000']))
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 30)))
    exp = random.randint(-40, 40)
    sign = random.choice(['', '-'])
    return Decimal(f'{sign}{digits}E{exp}')
ops = ['+', '-', '*', '/', '//', '%', 'sqrt', 'exp', 'ln', 'log10', 'quantize', 'compare', 'max', 'min', 'fma', 'remainder_near', 'pow', 'to_integral', 'normalize', 'logb', 'scaleb', 'round', 'sci', 'eng', 'next_plus', 'next_minus', 'next_toward', 'same_quantum', 'copy_sign', 'rotate', 'shift', 'logical_and', 'adjusted', 'is_normal', 'number_class', 'compare_total', 'format']
roundings = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(1200):
    ctx = Context(prec=random.randint(1, 40), rounding=random.choice(roundings), Emax=random.choice([999999, 99, 20]), Emin=random.choice([-999999, -99, -20]), traps=[])
    setcontext(ctx)
    a, b, c = rnd_dec(), rnd_dec(), rnd_dec()
    op = random.choice(ops)
    try:
        if op in '+-*/': r = eval(f'a {op} b')
        elif op == '//': r = a // b
        elif op == '%': r = a % b
        elif op in ('sqrt', 'exp', 'ln', 'log10', 'normalize', 'logb', 'next_plus', 'next_minus', 'adjusted', 'is_normal', 'number_class'):
            if op == 'exp' and not a.is_nan() and abs(a.adjusted()) > 3: a = a.scaleb(-a.adjusted())
            r = getattr(a, op)()
        elif op == 'quantize': r = a.quantize(Decimal(1).scaleb(random.randint(-10, 10)), rounding=random.choice(roundings))
        elif op in ('compare', 'max', 'min', 'remainder_near', 'next_toward', 'same_quantum', 'copy_sign', 'compare_total'): r = getattr(a, op)(b)
        elif op == 'fma': r = a.fma(b, c)
        elif op == 'pow':
            b = Decimal(random.randint(-5, 5)) if random.random() < 0.7 else Decimal(random.choice(['0.5', '1.5', '-0.5', '2.25']))
            if not a.is_nan() and abs(a.adjusted()) > 5: a = a.scaleb(-a.adjusted())
            r = a ** b
        elif op == 'to_integral': r = a.to_integral_value(rounding=random.choice(roundings))
        elif op == 'scaleb': r = a.scaleb(Decimal(random.randint(-50, 50)))
        elif op == 'round': r = round(a, random.randint(-3, 5)) if a.is_finite() else round(a, 2)
        elif op == 'sci': r = str(a)
        elif op == 'eng': r = a.to_eng_string()
        elif op in ('rotate', 'shift'):
            a = Decimal(random.randint(0, 10**8)); r = getattr(a, op)(random.randint(-ctx.prec, ctx.prec))
        elif op == 'logical_and':
            a = Decimal(''.join(random.choice('01') for _ in range(8))); b = Decimal(''.join(random.choice('01') for _ in range(6))); r = a.logical_and(b)
        elif op == 'format':
            spec = random.choice(['', '.3f', '.2e', '.5g', '>12.3', ',.2f', '%', '.0%', '+.4', '010.2f', '.10', 'E', 'G', '_f'])
            r = format(a, spec)
        print(i, op, repr(a), repr(b) if op not in ('sqrt',) else '', repr(r), sorted(k.__name__ for k, v in ctx.flags.items() if v))
    except Exception as e:
        print(i, op, repr(a), repr(b), type(e).__name__, str(e)[:80])
