# Counter arithmetic/comparison/most_common; ChainMap; defaultdict
from collections import Counter, ChainMap, defaultdict
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c.total(), sorted(c.elements()))
d = Counter(a=1, b=-2, z=4)
print(c + d, c - d, c | d, c & d, +d, -d)
e = c.copy()
e += d
print(e)
e -= Counter(a=100)
print(e)
e |= Counter(q=3, r=-1)
print(e)
e &= Counter(q=1, b=10)
print(e)
c.update({'a': 10}, x=1)
c.subtract('aaz')
c.subtract({'b': 1})
print(c, c['missing'], 'missing' in c)
del c['nothere']
del c['x']
print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2),
      Counter(a=2) >= Counter(), Counter(a=1) > Counter(a=1, b=0), Counter(a=1) != Counter(a=1))
print(Counter(a=1) == {'a': 1}, Counter() == {})
try:
    Counter(a=1) <= {'a': 1}
except TypeError as e:
    print('TypeError', e)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter(), repr(Counter({1: 2, 'x': 5})), Counter(['b', 'a', 'b']).most_common(1))
try:
    hash(Counter())
except TypeError as e:
    print('TypeError', e)
class Sub(Counter):
    pass
print(Sub('aab'), Sub('aab').copy(), type(Sub('a') + Sub('b')).__name__)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], cm.get('zz', 'dflt'), len(cm), list(cm), 'b' in cm, bool(cm))
cm['b'] = 30
print(cm.maps, dict(cm))
ch = cm.new_child({'c': 4})
print(ch, ch.parents, ch.new_child(), cm.new_child(x=1))
for f in (lambda: cm['nope'], lambda: cm.__delitem__('zz'), lambda: cm.pop('zz'),
          lambda: ChainMap({}, {'a': 1}).popitem()):
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('zz', 7), cm.popitem(), cm, bool(ChainMap()), ChainMap())
print(ChainMap.fromkeys('ab', 0), cm.copy(), cm | {'n': 1}, {'n': 1} | cm)
cm |= {'m': 2}
print(cm)
dd = defaultdict(int)
print(ChainMap({}, dd)['x'], dd)
r = ChainMap({})
r.maps[0]['me'] = r
print(r)

dd = defaultdict(list)
dd['a'].append(1)
print(dd, dd.copy(), dd | {'b': 2}, {'b': 2} | dd, defaultdict(None, x=1))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
rd = defaultdict(list)
rd['me'] = rd
print(rd)
