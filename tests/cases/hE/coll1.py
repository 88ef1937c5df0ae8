from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap
c = Counter("abracadabra")
print(c)
print(c.most_common(3))
print(c.most_common())
d = Counter(a=3, b=-1, c=0)
print(c + d, c - d, c | d, c & d)
print(+d, -d)
c2 = Counter(x=1)
c2.update({'x': 2, 'y': 5})
c2.subtract(['x', 'z'])
print(c2, sorted(c2.elements()))
print(c2.total())
print(Counter() == Counter(a=0))
print(repr(Counter()))
print(Counter('aab') <= Counter('aabb'), Counter('ab') < Counter('ab'))
try:
    Counter(1)
except Exception as e:
    print(type(e).__name__, e)
dd = defaultdict(list)
dd['a'].append(1)
print(dd)
print(repr(defaultdict(None)))
try:
    defaultdict(5)
except Exception as e:
    print(type(e).__name__, e)
dn = defaultdict()
try:
    dn['q']
except Exception as e:
    print(type(e).__name__, e)
di = defaultdict(int, {'z': 3})
di['y'] += 1
print(di, di.default_factory)
print(dict(di) == {'z': 3, 'y': 1})
cp = di.copy()
print(type(cp).__name__, cp)
q = deque(range(10), maxlen=4)
print(q, q.maxlen)
q.rotate(1); print(q)
q.rotate(-3); print(q)
q.appendleft(99); print(q)
q.extendleft([7, 8]); print(q)
print(q.index(8), q.count(7))
try:
    q.index(1000)
except Exception as e:
    print(type(e).__name__, e)
try:
    deque().pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except Exception as e:
    print(type(e).__name__, e)
print(deque())
print(deque([1,2]) + deque([3]))
print(deque([1, 2]) * 2)
q2 = deque('abc'); q2.insert(1, 'X'); print(q2); del q2[0]; print(q2, q2[-1])
q2.remove('X'); print(q2)
try:
    q2.remove('nope')
except Exception as e:
    print(type(e).__name__, e)
try:
    deque([1], maxlen=-1)
except Exception as e:
    print(type(e).__name__, e)
full = deque([1,2], maxlen=2)
try:
    full.insert(0, 3)
except Exception as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(od)
od.move_to_end('e', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys('acd'), od == OrderedDict.fromkeys('dca'), od == dict.fromkeys('dca'))
try:
    od.move_to_end('zz')
except Exception as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except Exception as e:
    print(type(e).__name__, e)
print(OrderedDict())
print(OrderedDict(a=1) | {'b': 2})
print(list(reversed(OrderedDict(a=1, b=2))))
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults)
try:
    p._replace(z=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    P()
except Exception as e:
    print(type(e).__name__, e)
try:
    P(1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    namedtuple('Q', 'a a')
except Exception as e:
    print(type(e).__name__, e)
try:
    namedtuple('Q', 'a _b')
except Exception as e:
    print(type(e).__name__, e)
try:
    namedtuple('Q', 'a def')
except Exception as e:
    print(type(e).__name__, e)
R = namedtuple('R', 'a def _c', rename=True)
print(R._fields, R(1, 2, 3))
print(P._make([3, 4]), P.__doc__, P.x.__doc__)
x, y = P(5, 6); print(x + y)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm))
cm2 = cm.new_child({'c': 4}); print(cm2, cm2.parents)
cm['z'] = 9; print(cm.maps)
try:
    del cm['b']
except Exception as e:
    print(type(e).__name__, e)
print(dict(cm2), cm2.get('q', 'dflt'), 'b' in cm2)
