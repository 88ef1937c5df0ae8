import random
random.seed(97)
def rs():
    return set(random.sample(range(-40, 200), random.randint(0, 25)))
for i in range(800):
    a = rs(); b = rs()
    if random.random() < 0.3:
        b = frozenset(b)
    op = random.choice(['|', '&', '-', '^', 'u', 'i', 'd', 's', '|=', '&=', '-=', '^=', 'copy', 'list', 'pop3'])
    try:
        if op in ('|', '&', '-', '^'):
            r = eval('a %s b' % op)
        elif op == 'u': r = a.union(b, list(rs()))
        elif op == 'i': r = a.intersection(list(b), range(0, 100))
        elif op == 'd': r = a.difference(b, tuple(rs()))
        elif op == 's': r = a.symmetric_difference(list(b))
        elif op in ('|=', '&=', '-=', '^='):
            x = set(a)
            exec('x %s b' % op)
            r = x
        elif op == 'copy': r = a.copy()
        elif op == 'list': r = set(list(a)[::-1])
        elif op == 'pop3':
            r = [a.pop() for _ in range(min(3, len(a)))]
        print(i, op, r)
    except Exception as e:
        print(i, op, type(e).__name__, e)
