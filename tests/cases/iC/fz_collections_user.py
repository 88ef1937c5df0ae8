import random
from collections import UserList, UserDict, UserString, ChainMap, defaultdict, namedtuple
random.seed(63)
us = UserString('Hello, World')
for name in sorted(n for n in dir(str) if not n.startswith('_')):
    for args in [(), ('l',), ('l', 'L'), (3,), (20, '*'), ('o', 1, 8)]:
        try:
            r = getattr(us, name)(*args)
            print(name, args, repr(r), type(r).__name__)
        except Exception as e:
            print(name, args, type(e).__name__, e)
print(us + 'x', 'x' + us, us * 2, us[1:4], us[-1], len(us), 'W' in us, us < 'Z', us == 'Hello, World', repr(us), us % () if False else '', UserString('%s-%d') % ('a', 3))
ul = UserList([3, 1, 2])
for i in range(300):
    op = random.choice(['append', 'pop', 'insert', 'sort', 'reverse', 'extend', 'slice', 'add', 'radd', 'mul', 'iadd', 'remove', 'index', 'count', 'setslice', 'delitem', 'copy', 'eq', 'lt'])
    try:
        if op == 'append': ul.append(random.randint(0, 9))
        elif op == 'pop': print('pop', ul.pop(*random.choice([(), (random.randint(-5, 5),)])))
        elif op == 'insert': ul.insert(random.randint(-5, 5), random.randint(0, 9))
        elif op == 'sort': ul.sort(reverse=random.choice([True, False]))
        elif op == 'reverse': ul.reverse()
        elif op == 'extend': ul.extend(random.choice([[1], (2, 3), UserList([4])]))
        elif op == 'slice': r = ul[1:3]; print('slice', r, type(r).__name__)
        elif op == 'add': r = ul + [0]; print('add', r, type(r).__name__)
        elif op == 'radd': r = [0] + ul; print('radd', r, type(r).__name__)
        elif op == 'mul': r = ul * 2; print('mul', type(r).__name__, len(r))
        elif op == 'iadd': ul += (5,)
        elif op == 'remove': ul.remove(random.randint(0, 9))
        elif op == 'index': print('index', ul.index(random.randint(0, 9)))
        elif op == 'count': print('count', ul.count(random.randint(0, 9)))
        elif op == 'setslice': ul[0:2] = [7, 7, 7]
        elif op == 'delitem': del ul[random.randint(-8, 8)]
        elif op == 'copy': ul = ul.copy()
        elif op == 'eq': print('eq', ul == list(ul), ul == UserList(list(ul)))
        elif op == 'lt': print('lt', ul < [5], ul >= UserList([0]))
        if len(ul) > 15: del ul[10:]
        print(i, op, ul)
    except Exception as e:
        print(i, op, type(e).__name__, e)
ud = UserDict(a=1)
ud['b'] = 2
print(ud, ud.get('z', 0), 'a' in ud, len(ud), ud | {'c': 3}, {'c': 3} | ud, ud.copy(), list(ud.items()), ud.pop('a'), ud, repr(UserDict()))
try:
    ud['missing']
except KeyError as e:
    print('KeyError', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'z': 0}), cm.parents, dict(cm))
del cm['a']
print(cm, cm['a'])
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
dd = defaultdict(list)
for i in range(20):
    dd[random.choice('abc')].append(i)
print(dd, dict(dd), dd.default_factory, repr(defaultdict(None)), defaultdict(int, a=1) | {'b': 2})
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, p + (3,), p * 2, P._make([7, 8]), p == (1, 0), p.x, p[1], repr(P))
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: p._replace(z=1), lambda: namedtuple('Q', 'a a'), lambda: namedtuple('Q', 'def'), lambda: namedtuple('Q', '_a'), lambda: P._make([1, 2, 3])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
