import random
from collections import OrderedDict, Counter
random.seed(24)
od = OrderedDict()
for i in range(800):
    op = random.choice(['set', 'del', 'move', 'popitem', 'pop', 'setdefault', 'eq', 'reversed', 'update', 'or'])
    k = random.choice('abcdefgh')
    try:
        if op == 'set': od[k] = random.randint(0, 9)
        elif op == 'del': del od[k]
        elif op == 'move': od.move_to_end(k, random.choice([True, False]))
        elif op == 'popitem': print('pi', od.popitem(last=random.choice([True, False])))
        elif op == 'pop': print('pop', od.pop(k, *random.choice([(), (None,)])))
        elif op == 'setdefault': print('sd', od.setdefault(k, 0))
        elif op == 'eq':
            print('eq', od == OrderedDict(reversed(od.items())), od == dict(reversed(od.items())))
        elif op == 'reversed': print('rev', list(reversed(od)), list(reversed(od.items()))[:2])
        elif op == 'update': od.update({k: 'u'}, z=1)
        elif op == 'or': print('or', od | {k: 'o'})
        print(i, op, od)
    except Exception as e:
        print(i, op, type(e).__name__, e)
c = Counter()
for i in range(800):
    op = random.choice(['inc', 'update', 'subtract', 'most', 'add', 'sub', 'and', 'or', 'neg', 'pos', 'elements', 'total', 'del', 'get'])
    k = random.choice('abcdef')
    try:
        if op == 'inc': c[k] += random.randint(-3, 3)
        elif op == 'update': c.update(random.choice(['abca', {'a': 2, 'z': -1}, Counter('ff')]))
        elif op == 'subtract': c.subtract(random.choice(['ab', {'c': 5}]))
        elif op == 'most': print('mc', c.most_common(random.choice([None, 0, 1, 3])))
        elif op == 'add': print('add', c + Counter(k))
        elif op == 'sub': print('sub', c - Counter(k * 2))
        elif op == 'and': print('and', c & Counter('abc'))
        elif op == 'or': print('or', c | Counter('aab'))
        elif op == 'neg': print('neg', -c)
        elif op == 'pos': print('pos', +c)
        elif op == 'elements': print('el', sorted(c.elements()))
        elif op == 'total': print('tot', c.total())
        elif op == 'del': del c[k]
        elif op == 'get': print('get', c[k], c.get(k))
        print(i, op, c)
    except Exception as e:
        print(i, op, type(e).__name__, e)
print(repr(Counter()), repr(OrderedDict()), Counter('hello') == Counter('olleh'), Counter(a=1) == Counter(a=1, b=0))
print(Counter('abc') <= Counter('aabbcc'), Counter('abc') < Counter('abc'), Counter(a=1) >= Counter())
