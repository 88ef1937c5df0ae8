import random
random.seed(21)
s = set()
for i in range(2500):
    op = random.choice(['add', 'discard', 'remove', 'pop', 'update', 'isub', 'iand', 'ixor', 'ior', 'union', 'inter', 'diff', 'symdiff', 'sub', 'le', 'lt', 'disjoint', 'in', 'frozen', 'clear', 'copy'])
    o = {random.randint(0, 30) for _ in range(random.randint(0, 8))}
    try:
        if op == 'add':
            s.add(random.randint(0, 30))
        elif op == 'discard':
            s.discard(random.randint(0, 30))
        elif op == 'remove':
            s.remove(random.randint(0, 30))
        elif op == 'pop':
            if s:
                s.pop()
            else:
                set().pop()
        elif op == 'update':
            s.update(o, [random.randint(0, 30)], range(random.randint(0, 3)))
        elif op == 'isub':
            s -= o
        elif op == 'iand':
            s &= o
        elif op == 'ixor':
            s ^= o
        elif op == 'ior':
            s |= random.choice([o, frozenset(o), [1]])
        elif op == 'union':
            print('u', sorted(s.union(o, [99], range(2))))
        elif op == 'inter':
            print('i', sorted(s.intersection(o, range(15))), sorted(s & frozenset(o)))
        elif op == 'diff':
            print('d', sorted(s.difference(o, [1])), sorted(s - o))
        elif op == 'symdiff':
            print('x', sorted(s.symmetric_difference(list(o))), sorted(s ^ o))
        elif op == 'sub':
            print('sub', s.issubset(o), s.issuperset(o), s.issubset(range(31)), s >= o, s > o)
        elif op == 'le':
            print('le', s <= o, s == o, s != set(o))
        elif op == 'lt':
            print('lt', s < o, frozenset(s) == s, s.isdisjoint(o))
        elif op == 'disjoint':
            print('dj', s.isdisjoint(iter(o)))
        elif op == 'in':
            print('in', random.randint(0, 30) in s, [] in s if random.random() < 0.1 else 0)
        elif op == 'frozen':
            f = frozenset(s)
            print('fz', type(f | o).__name__, type(o | f).__name__, hash(f) == hash(frozenset(sorted(s))))
        elif op == 'clear':
            if random.random() < 0.2:
                s.clear()
        elif op == 'copy':
            s = s.copy()
        print(i, op, sorted(s), len(s))
    except Exception as e:
        print(i, op, type(e).__name__, e)
for bad in [lambda: s | [1], lambda: s < [1], lambda: s.add([]), lambda: {1} - 3, lambda: frozenset().add, lambda: set([[1]])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(set(), frozenset(), {1, 2}, frozenset({3}), repr(set([5])))
