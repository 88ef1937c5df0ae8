import random
random.seed(27)
def rv():
    return random.choice([random.randint(-20, 20), random.randint(-20, 20), 2**63, -2**63, 2**64 + 3, 0])
for i in range(1500):
    args = [rv() for _ in range(random.randint(1, 3))]
    try:
        r = range(*args)
    except Exception as e:
        print(i, args, type(e).__name__, e)
        continue
    op = random.choice(['repr', 'len', 'list', 'slice', 'index', 'count', 'in', 'getitem', 'reversed', 'eq', 'bool', 'attrs', 'hash'])
    try:
        if op == 'repr': out = repr(r)
        elif op == 'len': out = len(r)
        elif op == 'list': out = list(r)[:10] if abs(r.stop - r.start) < 100 else 'big'
        elif op == 'slice':
            s = slice(random.choice([None, rv()]), random.choice([None, rv()]), random.choice([None, 1, -1, 2, -3, 5, 2**64]))
            rr = r[s]
            out = (repr(rr), len(rr) if rr.stop - rr.start < 2**62 else '?')
        elif op == 'index': out = r.index(random.randint(-20, 20))
        elif op == 'count': out = (r.count(random.randint(-20, 20)), r.count(1.0) if len(r) < 1000 else '-', r.count('a') if len(r) < 1000 else '-')
        elif op == 'in': out = (random.randint(-20, 20) in r, 2.0 in r if len(r) < 1000 else '-', 2**64 in r)
        elif op == 'getitem': out = r[random.randint(-25, 25)]
        elif op == 'reversed': out = list(reversed(r))[:5] if abs(r.stop - r.start) < 100 else repr(next(reversed(r), None))
        elif op == 'eq': out = (r == range(*[rv() for _ in range(random.randint(1, 3))]), r == range(r.start, r.stop, r.step), r == list(r) if len(r) < 5 else 0)
        elif op == 'bool': out = bool(r)
        elif op == 'attrs': out = (r.start, r.stop, r.step)
        elif op == 'hash': out = hash(r) == hash(range(r.start, r.stop, r.step))
        print(i, args, op, out)
    except Exception as e:
        print(i, args, op, type(e).__name__, e)
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range('a'), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(0, 2**64)[2**64], lambda: len(range(2**64)), lambda: range(3)['a'], lambda: range(3).index(5), lambda: range(3)[1.5], lambda: range(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
