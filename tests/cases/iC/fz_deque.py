import random
from collections import deque
random.seed(23)
for trial in range(3):
    ml = random.choice([None, 0, 1, 5, 10])
    d = deque(range(random.randint(0, 8)), ml)
    ref = d.copy()
    for i in range(600):
        op = random.choice(['append', 'appendleft', 'pop', 'popleft', 'extend', 'extendleft', 'rotate', 'getitem', 'setitem', 'delitem', 'insert', 'remove', 'index', 'count', 'reverse', 'clear', 'iadd', 'mul', 'contains', 'cmp'])
        try:
            if op == 'append': d.append(random.randint(0, 20))
            elif op == 'appendleft': d.appendleft(random.randint(0, 20))
            elif op == 'pop': print('pop', d.pop())
            elif op == 'popleft': print('popleft', d.popleft())
            elif op == 'extend': d.extend(random.choice([[1, 2, 3], range(4), (), iter([9])]))
            elif op == 'extendleft': d.extendleft(random.choice([[1, 2, 3], 'ab', ()]))
            elif op == 'rotate': d.rotate(*random.choice([(), (random.randint(-12, 12),)]))
            elif op == 'getitem': print('get', d[random.randint(-12, 12)])
            elif op == 'setitem': d[random.randint(-12, 12)] = random.randint(0, 20)
            elif op == 'delitem': del d[random.randint(-12, 12)]
            elif op == 'insert': d.insert(random.randint(-12, 12), random.randint(0, 20))
            elif op == 'remove': d.remove(random.randint(0, 20))
            elif op == 'index':
                print('index', d.index(*[random.randint(0, 20), random.randint(-12, 12), random.randint(-12, 12)][:random.randint(1, 3)]))
            elif op == 'count': print('count', d.count(random.randint(0, 20)))
            elif op == 'reverse': d.reverse()
            elif op == 'clear':
                if random.random() < 0.1: d.clear()
            elif op == 'iadd': d += [random.randint(0, 20)]
            elif op == 'mul': print('mul', d * random.randint(0, 2))
            elif op == 'contains': print('in', random.randint(0, 20) in d)
            elif op == 'cmp':
                o = deque(range(random.randint(0, 4)))
                print('cmp', d == o, d < o, d >= o)
            if len(d) > 30:
                while len(d) > 20: d.pop()
            print(trial, i, op, d)
        except Exception as e:
            print(trial, i, op, type(e).__name__, e)
print(repr(deque()), repr(deque([1], 3)), deque('abc', maxlen=2).maxlen)
for bad in [lambda: deque([], -1), lambda: deque(maxlen='a'), lambda: deque([1], 1).insert(0, 2), lambda: deque()[0], lambda: deque().pop(), lambda: deque([1]).index(5), lambda: deque([1]).rotate('a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
