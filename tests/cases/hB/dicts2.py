from collections import OrderedDict, defaultdict, Counter
d = {}
for i, w in enumerate('the quick brown fox jumps over the lazy dog the end'.split()):
    d.setdefault(w, []).append(i)
print(d)
print({k: v for k, v in sorted(d.items(), key=lambda kv: (-len(kv[1]), kv[0]))})
del d['the']
d['the'] = 0
print(list(d)[-1], len(d), d == dict(d), d != {}, {1: 2} == {1: 2.0}, {1: [1]} == {1: (1,)})
for f in [lambda: {} < {}, lambda: d['nope'], lambda: d.__getitem__(), lambda: dict.fromkeys(), lambda: {}.setdefault(), lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.update([(1,)]), lambda: {}.update({}, {}), lambda: dict(((1, 2), (3,))), lambda: {**{1: 2}, **[1]}, lambda: dict(**{1: 2}), lambda: {}.pop(), lambda: {1: 2}.items()[0], lambda: {1: 2}.keys()[0], lambda: iter({}).__next__()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
it = iter({1: 2, 3: 4})
print(next(it))
x = {1: 2, 3: 4}
try:
    for k in x:
        x[k + 10] = 1
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(e)
L = [1, 2, 3]
for v in L:
    if v == 2:
        L.remove(v)
print(L)
print({**{'a': 1}, 'b': 2, **{'a': 3}}, dict(a=1, **{'b': 2}), {k: k ** 2 for k in range(4) if k % 2}, {(1, 2): 'tuple key', frozenset({1}): 'fs', None: 'n', 1.5: 'f', -0.0: 'zero'})
od = OrderedDict.fromkeys('abc')
od.move_to_end('a'); od.move_to_end('c', last=False)
print(od, list(od), od.popitem(), od.popitem(last=False), od == OrderedDict([('b', None)]), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(list)
dd['x'].append(1); dd['y']
print(dd, dict(dd), dd.default_factory, 'z' in dd, dd.get('z'), len(dd))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
c = Counter('mississippi')
print(c, c['s'], c['z'], c.most_common(2), sorted(c.elements()), c + Counter('ss'), c - Counter('ssssss'), c & Counter('ip'), c | Counter('zz'), -Counter(a=-2), +Counter(a=-2, b=1))
c.update('ii'); c.subtract({'m': 5}); print(c, c.total(), Counter(a=1) == Counter(a=1, b=0))
print(dict.fromkeys(range(3), 'v'), {}.fromkeys('ab'), dict([(1, 'a')]).items(), dict(zip([1, 2], 'ab')).values(), repr({}.keys()), repr({}.items()))
m = {'a': 1}
v = m.values()
print(v == m.values(), m.keys() == {'a'}, m.items() == {('a', 1)}, sorted(m.keys() | ['b']), sorted(m.items() | {('b', 2)}), m.keys() - 'a', m.keys() ^ {'a'}, {'a'} - m.keys(), [1] + list(m.values()))
print(sorted({'b': 1, 'a': 2}), min({'b': 1, 'a': 2}), max({'b': 1, 'a': 2}.values()), sum({1: 'a', 2: 'b'}), list(reversed({1: 2, 3: 4}.items())), len({1: 1}.items()))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), 999 in big, 998 in big)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): 1}[frozenset([1])], {(1, (2, 3)): 'n'}[(1, (2, 3))])
try:
    {(1, [2]): 1}
except TypeError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 3)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f'K{self.v}'
kd = {K(i): i for i in range(7)}
print(kd, kd[K(4)], K(4) in kd, K(9) in kd, kd.get(K(10), 'no'))
