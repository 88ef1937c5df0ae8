import random
from collections import Counter
random.seed(96)
def rc():
    return Counter({random.choice('abcdef'): random.randint(-3, 4) for _ in range(random.randint(0, 5))})
for i in range(1000):
    a = rc(); b = rc()
    op = random.choice(['+', '-', '|', '&', '+=', '-=', '|=', '&=', '==', '<', '<=', '>=', 'mc', 'el', 'upd', 'sub', 'neg', 'pos', 'total', 'repr', 'copy', 'del', 'missing'])
    try:
        if op in ('+', '-', '|', '&', '==', '<', '<=', '>='):
            r = eval('a %s b' % op)
        elif op in ('+=', '-=', '|=', '&='):
            x = a.copy()
            exec('x %s b' % op)
            r = x
        elif op == 'mc': r = a.most_common(random.choice([None, 1, 2]))
        elif op == 'el': r = list(a.elements())
        elif op == 'upd':
            a.update(random.choice([b, 'aab', {'z': 2}, [('a', 1)]]), **random.choice([{}, {'q': 3}])); r = a
        elif op == 'sub':
            a.subtract(random.choice([b, 'aab', {'z': 2}])); r = a
        elif op == 'neg': r = -a
        elif op == 'pos': r = +a
        elif op == 'total': r = a.total()
        elif op == 'repr': r = repr(a)
        elif op == 'copy': r = (a.copy(), type(a.copy()).__name__)
        elif op == 'del':
            del a['a']; r = a
        elif op == 'missing': r = (a['zz'], 'zz' in a)
        print(i, op, a if op not in ('upd', 'sub', 'del') else '', b, r)
    except Exception as e:
        print(i, op, type(e).__name__, e)
for bad in [lambda: Counter.fromkeys('ab'), lambda: Counter('a') + 1, lambda: Counter(1), lambda: Counter('a', 'b'), lambda: Counter('a') < {'a': 2}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
