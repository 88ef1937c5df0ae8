from collections import Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()))
print(list(Counter(a=2, b=0, c=-1).elements()))
d = Counter(a=1, b=5, z=3)
print(c + d, c - d, c & d, c | d)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2, c=0))
c.subtract(d); print(c)
c.subtract('aaa'); print(c)
c.update({'q': 2}); c.update(q=1); print(c['q'], c['missing'])
print(c.total(), Counter().total())
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=0))
print(Counter(a=1) < Counter(a=1), Counter(a=1) > Counter())
print(repr(Counter()), repr(Counter({'x': 1.5, 'y': 2})))
print(Counter({1: 'b', 2: 'a'}) if False else Counter([3,1,2,3,1,3]))
e = Counter(x=1); del e['x']; del e['nope']; print(e)
print(Counter('aab').keys(), list(Counter('aab').values()))
f = Counter(a=3, b=3, c=3, d=1)
print(f.most_common(2))
print(dict(Counter('hello')))
try:
    Counter(1, 2)
except TypeError as ex:
    print(ex)
try:
    Counter() + {}
except TypeError as ex:
    print(type(ex).__name__, ex)
g = Counter(a=2); g += Counter(a=1, b=-2); print(g)
g -= Counter(a=5); print(g)
g |= Counter(b=3); print(g)
g &= Counter(b=1); print(g)
print(Counter.fromkeys if False else 'ok')
try:
    Counter.fromkeys('abc')
except NotImplementedError as ex:
    print(type(ex).__name__, ex)
class MyC(Counter):
    pass
print(MyC('aab'), type(MyC('a') + MyC('b')).__name__)
print(Counter(['a', 'b', 'a']).most_common(1)[0])
print(sorted(Counter('mississippi').items()))
