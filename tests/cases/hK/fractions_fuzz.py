import random, math
from fractions import Fraction as F
from decimal import Decimal
random.seed(8)
def rv():
    r = random.random()
    if r < 0.4: return F(random.randint(-50, 50), random.randint(1, 30))
    if r < 0.55: return random.randint(-20, 20)
    if r < 0.7: return random.choice([0.5, -0.25, 1.5, 0.1, 2.0, -3.75, 1e10, 0.0])
    if r < 0.8: return F(random.randint(-10**20, 10**20), random.randint(1, 10**15))
    return F(random.choice(['1/3', '-2/7', '0.125', '3', '-1e-3', '7e2', '  5/10 ', '.5']))
ops = ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '==', 'divmod', 'round', 'round2', 'floor', 'ceil', 'trunc', 'int', 'float', 'limit', 'str', 'repr', 'hash', 'abs', 'neg', 'ratio', 'bool', 'fmt']
for i in range(1000):
    a, b = rv(), rv()
    if not isinstance(a, F): a = F(a)
    op = random.choice(ops)
    try:
        if op in ('+', '-', '*', '/', '//', '%', '<', '<=', '=='):
            r = eval(f'a {op} b') if random.random() < 0.5 else eval(f'b {op} a')
        elif op == '**':
            b = random.choice([2, -2, 0, 3, F(1, 2), F(-1, 3), 0.5, F(2), -1])
            r = a ** b
        elif op == 'divmod': r = divmod(a, b)
        elif op == 'round': r = round(a)
        elif op == 'round2': r = round(a, random.randint(-2, 4))
        elif op in ('floor', 'ceil', 'trunc'): r = getattr(math, op)(a)
        elif op == 'int': r = int(a)
        elif op == 'float': r = float(a)
        elif op == 'limit': r = a.limit_denominator(random.choice([1, 2, 10, 100, 1000]))
        elif op == 'str': r = str(a)
        elif op == 'repr': r = repr(a)
        elif op == 'hash': r = hash(a) == hash(float(a)) if a.denominator < 2**50 else hash(a)
        elif op == 'abs': r = abs(a)
        elif op == 'neg': r = -a
        elif op == 'ratio': r = a.as_integer_ratio()
        elif op == 'bool': r = bool(a)
        elif op == 'fmt': r = '%s|%r' % (a, a)
        print(i, op, repr(a), repr(b), repr(r))
    except Exception as e:
        print(i, op, repr(a), repr(b), type(e).__name__, e)
