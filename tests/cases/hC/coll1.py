from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c)
print(c.most_common())
print(c.most_common(3))
d = Counter(a=3, b=-1, c=0)
print(c + d, c - d, c | d, c & d)
print(+d, -d)
print(d.total() if hasattr(d, 'total') else None)
c.subtract("aaa")
print(c)
c.update({"z": 5})
print(sorted(c.elements()))
print(Counter() == Counter(a=0))
print(repr(Counter()))
print(Counter({'x': 1.5, 'y': 2}))
e = Counter(a=1)
e += Counter(b=2, a=-3)
print(e)
print(Counter("aab") <= Counter("aabb"), Counter("ab") < Counter("ab"))
dd = defaultdict(list)
dd['x'].append(1)
print(dd)
print(repr(defaultdict(int, {1: 2})))
print(defaultdict(None))
def fac(): return 7
print(defaultdict(fac).__repr__().startswith("defaultdict(<function fac"))
dd2 = defaultdict(lambda: 'x')
print(dd2[3], dict(dd2))
try:
    defaultdict(None)[1]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(3)
except TypeError as ex:
    print(ex)
od = OrderedDict.fromkeys("abcde")
od.move_to_end('b')
od.move_to_end('d', last=False)
print(od)
print(od.popitem(), od.popitem(last=False))
print(od == OrderedDict([('a', None), ('c', None)]), od == {'c': None, 'a': None})
print(OrderedDict([('a', 1), ('c', 2)]) == OrderedDict([('c', 2), ('a', 1)]))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError", ex)
try:
    od.move_to_end('zz')
except KeyError as ex:
    print("KeyError", ex)
print(list(reversed(od)))
print(OrderedDict())
dq = deque(range(10), maxlen=5)
print(dq)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
dq.appendleft(-1); print(dq)
dq.extendleft([100, 200]); print(dq, dq.maxlen)
print(deque())
print(deque([1,2,3]) * 2, deque('ab') + deque('cd'))
try:
    deque([1]).index(5)
except ValueError as ex:
    print(ex)
try:
    deque().pop()
except IndexError as ex:
    print(ex)
try:
    deque().popleft()
except IndexError as ex:
    print(ex)
dq3 = deque([1,2,3,2])
dq3.remove(2); print(dq3, dq3.count(2))
dq3.insert(1, 'x'); print(dq3)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as ex:
    print(ex)
print(deque(maxlen=0))
P = namedtuple("P", "x y z", defaults=[0])
p = P(1, 2)
print(p, p._replace(x=5), p._asdict(), P._fields, P._field_defaults)
print(P._make([7, 8, 9]))
try:
    p._replace(w=1)
except ValueError as ex:
    print(ex)
try:
    P(1)
except TypeError as ex:
    print(ex)
try:
    namedtuple("Q", "a a")
except ValueError as ex:
    print(ex)
try:
    namedtuple("Q", "a def")
except ValueError as ex:
    print(ex)
try:
    namedtuple("Q", "_a")
except ValueError as ex:
    print(ex)
R = namedtuple("R", "a def _b", rename=True)
print(R._fields)
print(P.__doc__, P.x.__doc__)
S = namedtuple("S", ["a", "b"], module="mymod")
print(S.__module__, S(1, b=2))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm))
cm2 = cm.new_child({'c': 4})
print(cm2, cm2.parents)
cm2['a'] = 9
print(cm2.maps)
try:
    del cm2['b']
except KeyError as ex:
    print("KeyError", ex)
print(dict(cm2))
