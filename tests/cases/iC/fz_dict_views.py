import random
random.seed(95)
def rd():
    return {random.randint(0, 9): random.randint(0, 3) for _ in range(random.randint(0, 6))}
for i in range(1500):
    d = rd(); e = rd()
    a = random.choice([d.keys(), d.items(), d.values()])
    b = random.choice([e.keys(), e.items(), set(e), list(e), set(e.items()), [(1, 2)], 'ab', e.values(), frozenset(e)])
    op = random.choice(['&', '|', '-', '^', '==', '!=', '<', '<=', '>', '>=', 'disjoint', 'in', 'len', 'rev', 'repr', 'rand', 'ror'])
    try:
        if op == 'disjoint': r = a.isdisjoint(b)
        elif op == 'in': r = (random.randint(0, 9) in a, (random.randint(0, 9), random.randint(0, 3)) in a)
        elif op == 'len': r = len(a)
        elif op == 'rev': r = list(reversed(a))
        elif op == 'repr': r = repr(a)
        elif op == 'rand': r = b & a
        elif op == 'ror': r = b | a
        else: r = eval('a %s b' % op)
        if isinstance(r, set):
            r = sorted(r, key=repr)
        print(i, type(a).__name__, op, type(b).__name__, r)
    except Exception as ex:
        print(i, type(a).__name__, op, type(b).__name__, type(ex).__name__, ex)
d = {'a': 1}
k = d.keys()
print(k.mapping, type(k.mapping).__name__, d.items().mapping == d)
it = iter(d)
d['b'] = 2
try:
    next(it)
except RuntimeError as ex:
    print('RuntimeError', ex)
print(list(d.values()) == list(d.values()), d.values() == d.values(), {1: [1]}.items() & {(1, 2)})
try:
    {1: [1]}.items() & {(1, (2,))} | {1: [1]}.items()
except TypeError as ex:
    print('TypeError', ex)
