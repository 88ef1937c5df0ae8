import random
random.seed(20)
d = {}
for i in range(2500):
    op = random.choice(['set', 'set', 'del', 'pop', 'popitem', 'get', 'setdefault', 'update', 'or', 'ior', 'keys', 'items', 'values', 'in', 'copy', 'fromkeys', 'clear', 'eq', 'reversed', 'getitem'])
    k = random.choice([random.randint(0, 20), random.randint(0, 20) + 0.0, str(random.randint(0, 5)), True, False, (1, 2), None])
    try:
        if op == 'set':
            d[k] = random.randint(0, 100)
        elif op == 'del':
            del d[k]
        elif op == 'pop':
            print('pop', d.pop(k, *random.choice([(), ('dflt',)])))
        elif op == 'popitem':
            print('popitem', d.popitem())
        elif op == 'get':
            print('get', d.get(k), d.get(k, 'D'))
        elif op == 'setdefault':
            print('sd', d.setdefault(k, *random.choice([(), (42,)])))
        elif op == 'update':
            src = random.choice([{k: 1, 'u': 2}, [(k, 3)], {}, [('a', 1, 2)], [1], (('z', 0),)])
            if random.random() < 0.5:
                d.update(src)
            else:
                d.update(src, extra=9)
        elif op == 'or':
            print('or', d | {k: 'or'})
        elif op == 'ior':
            d |= random.choice([{k: 'ior'}, [(k, 'ior2')], 5])
        elif op == 'keys':
            print('keys', list(d.keys()), d.keys() & {1, 2, '3'} == {x for x in d if x in {1, 2, '3'}}, len(d.keys() | {99}))
        elif op == 'items':
            print('items', list(d.items())[:5], (k, d.get(k)) in d.items())
        elif op == 'values':
            print('values', sorted(map(str, d.values()))[:5])
        elif op == 'in':
            print('in', k in d)
        elif op == 'copy':
            d = d.copy() if random.random() < 0.5 else dict(d)
        elif op == 'fromkeys':
            print('fk', dict.fromkeys([k, 1, 1.0, True], random.choice([None, 0])))
        elif op == 'clear':
            if random.random() < 0.1:
                d.clear()
        elif op == 'eq':
            print('eq', d == dict(reversed(list(d.items()))), d == {})
        elif op == 'reversed':
            print('rev', list(reversed(d))[:5])
        elif op == 'getitem':
            print('gi', d[k])
        print(i, op, d)
    except Exception as e:
        print(i, op, type(e).__name__, e)
for bad in [([1, 2, 3],), ([[1]],), (5,), ({}, {}), ([('a', 1)],)]:
    try:
        print(dict(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    {}.pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except Exception as e:
    print(type(e).__name__, e)
