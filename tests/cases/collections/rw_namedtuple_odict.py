# namedtuple options, _replace/_asdict/_make, reprs; OrderedDict order semantics
from collections import namedtuple, OrderedDict
import copy

P = namedtuple('P', 'x, y')
p = P(1, y=2)
print(p, repr(p), p._fields, p._field_defaults, P.__doc__, P.x.__doc__)
print(p._replace(y=5), p._asdict(), P._make([7, 8]), p.__getnewargs__())
print(P.__match_args__, P.__new__.__doc__, P._make.__doc__, P._replace.__doc__)
print(P.__module__, P.__qualname__, type(p).__mro__[1].__name__, P.__slots__)
for bad in (lambda: p._replace(z=1), lambda: P._make([1]), lambda: P(1),
            lambda: P(1, 2, 3), lambda: P(1, x=2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
R = namedtuple('R', ['a', 'def', '_c', 'a', '1x'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
D = namedtuple('D', 'a b c', defaults=[2, 3], module='mymod')
print(D(1), D(1, c=9), D._field_defaults, D.__module__, D.__new__.__defaults__)
One = namedtuple('One', 'only')
print(One(1), One._make((4,)), One.__doc__)
for args in (('X', 'a a'), ('X', 'a _b'), ('X', 'a def'), ('1X', 'a'), ('X', 'a b', [1, 2, 3]),
             ('X', ['a', 3]), ('class', 'a')):
    try:
        namedtuple(args[0], args[1], defaults=args[2] if len(args) > 2 else None)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(copy.copy(p), copy.deepcopy(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p[0], p[-1], p[:1], len(p), p.count(1), p.index(2))
match p:
    case P(a, b):
        print('match', a, b)

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a')
print(od, list(od), list(reversed(od)))
od.move_to_end('c', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(o1.keys(), o1.values(), o1.items(), list(reversed(o1.items())))
print(OrderedDict.fromkeys('xyz', 0), o1.copy(), o1 | {'c': 3}, {'z': 0} | o1)
o1 |= [('q', 9)]
print(o1, o1.setdefault('a', 100), o1.setdefault('new', 5), o1.pop('new'), o1.pop('zz', 'dflt'))
rec = OrderedDict(a=1)
rec['self'] = rec
print(rec, OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
print(copy.copy(od) == od, copy.deepcopy(o1) == o1, od.__reduce__()[1])
