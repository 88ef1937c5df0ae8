import sys
a = [1, 2, 3]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
t = (a, d)
print(t)
s = {1, 2, 3}
print(sorted(s), s == {3, 2, 1}, s == frozenset({1, 2, 3}), {1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set())
print(frozenset([1, 2]) | {3}, type(frozenset([1]) | {3}).__name__, type({3} | frozenset([1])).__name__)
print(set(), frozenset(), {()}, frozenset([frozenset()]))
print({1, 2}.symmetric_difference([2, 3]), {1, 2}.isdisjoint([3]), {1, 2}.issubset(range(5)), {1, 2}.issuperset([1]))
x = {1, 2, 3}
x.intersection_update([2, 3, 4], {3})
print(x)
x.difference_update({9})
x.update([5], (6,), {7: 0})
print(sorted(x))
x.symmetric_difference_update([5, 10])
print(sorted(x))
x.discard(100)
print(x.copy() == x, x.copy() is x)
print(set.union({1}, [2], (3,)), set.intersection({1, 2}, [2], (2, 3)))
print({1, 2} - {2}, {1, 2} ^ {2, 3}, {1, 2} & {2})
print(1 == 1.0, hash(1) == hash(1.0) == hash(True), {1: 'a', 1.0: 'b', True: 'c'})
print({0: 'x', False: 'y', 0.0: 'z', -0.0: 'w'})
print(hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(-(2**61)), hash(0.5), hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')), hash(()), hash((1, 2)) == hash((1, 2)))
print(hash(3+0j) == hash(3), hash(1.5+0j) == hash(1.5))

# dict views
d = dict(a=1, b=2, c=3)
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(i & {('a', 1)}, k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k.isdisjoint(['q']))
print(reversed(k).__class__.__name__, list(reversed(k)), list(reversed(v)), list(reversed(i)))
d['d'] = 4
print(list(k), list(v))
print(d.keys().mapping if hasattr(d.keys(), 'mapping') else None)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), dict.fromkeys(range(2), 0))
print(d.setdefault('e'), d.setdefault('a', 100), d)
print(d.pop('zz', 'dflt'), d.pop('e'), d.popitem(), d)
print(d | {'a': 9}, {'x': 1} | d)
d |= [('y', 2)]
print(d)
print(dict(zip('ab', range(2)), c=3), dict({'a': 1}, a=2), dict([['p', 1]]))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
e = {}
e.update({'a': 1}, b=2)
e.update([('c', 3)])
e.update(d=4)
print(e, e == {'d': 4, 'c': 3, 'b': 2, 'a': 1}, list(e) == ['a', 'b', 'c', 'd'])
print(e.get('zz'), e.get('a', 0), e.copy(), e.clear(), e)

# list methods
L = [5, 3, 8, 1, 9, 2]
L.insert(-1, 7); L.insert(100, 0); L.insert(-100, -1)
print(L, L.index(8), L.index(9, 2, 7), L.count(3))
L.extend(range(2)); L.extend('ab')
print(L)
L.remove('a'); print(L.pop(), L.pop(0), L)
del L[::2]
print(L)
L[1:2] = [10, 11, 12]
print(L)
L[::-1] = L[:]
print(L)
try:
    L[::2] = [1]
except ValueError as e:
    print(e)
L.reverse(); print(L, L * 0, [0] * 3, 2 * [1, 2])
L.sort(reverse=True); print(L)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], (1, 2) == (1, 2.0), [] == (), [1, [2]] == [1, [2]])
print((1, 'a') < (1, 'b'), (2,) > (1, 'zzz'))
n = float('nan'); print([n] == [n], (n,) in [(n,)], n in [n])
print(list(range(10))[-3:], list(range(10))[8:2:-2], 'abcdef'[::-2], (1, 2, 3)[5:], 'xyz'[-100:100])
print(a.copy()[:3] if False else len(a), [].copy(), [[1]] * 2)
c = [[0] * 2] * 2; c[0][0] = 5; print(c)
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t + (4,), t * 2, t[1:3], tuple('ab'), tuple())
print((1,), (), ((),), (1, (2, (3,))))
print(sys.getsizeof is not None)
