import random
random.seed(19)
L = list(range(10))
for i in range(2500):
    op = random.choice(['setslice', 'delslice', 'insert', 'pop', 'index', 'count', 'remove', 'append', 'extend', 'sort', 'reverse', 'getslice', 'iadd', 'imul', 'setitem', 'delitem', 'mul', 'cmp', 'contains'])
    try:
        if op == 'setslice':
            a = random.choice([None, random.randint(-15, 15)]); b = random.choice([None, random.randint(-15, 15)]); st = random.choice([None, 1, 2, -1, -2, 3, 0])
            val = [random.randint(0, 50) for _ in range(random.randint(0, 5))]
            if random.random() < 0.2:
                val = random.choice([range(3), 'ab', (9,), iter([1, 2]), L, 5])
            L[a:b:st] = val
        elif op == 'delslice':
            del L[random.choice([None, random.randint(-15, 15)]):random.choice([None, random.randint(-15, 15)]):random.choice([None, 1, 2, -1, -2, 0])]
        elif op == 'insert':
            L.insert(random.choice([random.randint(-20, 20), 2**80, -2**80]), random.randint(0, 50))
        elif op == 'pop':
            print('pop', L.pop(*random.choice([(), (random.randint(-15, 15),)])))
        elif op == 'index':
            args = [random.randint(0, 50), random.randint(-15, 15), random.randint(-15, 15)][:random.randint(1, 3)]
            print('index', L.index(*args))
        elif op == 'count':
            print('count', L.count(random.randint(0, 50)))
        elif op == 'remove':
            L.remove(random.randint(0, 50))
        elif op == 'append':
            L.append(random.randint(0, 50))
        elif op == 'extend':
            L.extend(random.choice([[1, 2], (3,), range(2), {4: 0}, 'x', iter([])]))
        elif op == 'sort':
            kw = random.choice([{}, {'reverse': True}, {'key': lambda v: (str(v), 0)}, {'key': lambda v: -v if isinstance(v, int) else 0, 'reverse': True}])
            L.sort(**kw)
        elif op == 'reverse':
            L.reverse()
        elif op == 'getslice':
            print('slice', L[random.choice([None, random.randint(-15, 15)]):random.choice([None, random.randint(-15, 15)]):random.choice([None, 1, 2, -1, -2, 5])])
        elif op == 'iadd':
            L += random.choice([[7], (8,), 'z', range(1)])
        elif op == 'imul':
            L *= random.choice([1, 2, 0]) if len(L) < 20 else 1
        elif op == 'setitem':
            L[random.randint(-20, 20)] = random.randint(0, 50)
        elif op == 'delitem':
            del L[random.randint(-20, 20)]
        elif op == 'mul':
            print('mul', L[:3] * random.randint(-1, 3))
        elif op == 'cmp':
            o = [random.randint(0, 50) for _ in range(random.randint(0, 4))]
            print('cmp', L < o, L == o, L >= o)
        elif op == 'contains':
            print('in', random.randint(0, 50) in L)
        if len(L) > 40:
            del L[30:]
        print(i, op, L)
    except Exception as e:
        print(i, op, type(e).__name__, e)
        L = [x for x in L if isinstance(x, int)]
