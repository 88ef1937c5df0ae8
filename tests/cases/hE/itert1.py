import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
for k, g in it.groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda v: v % 2)])
print(list(it.product('ab', repeat=2)))
print(list(it.product([1, 2], 'xy')))
print(list(it.product()))
print(len(list(it.permutations(range(5), 3))), list(it.permutations('abc', 2)))
print(list(it.permutations([1, 2], 5)))
print(list(it.combinations('abcd', 2)), len(list(it.combinations(range(10), 4))))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.pairwise('abcde')), list(it.pairwise([1])))
try:
    it.batched
except AttributeError as e:
    print(type(e).__name__, e)
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None)), list(it.islice('abcdefg', 0, None, 2)))
for args in [(-1,), (0, -1), (0, 5, 0), ('a',), (1, 2, 3, 4)]:
    try:
        it.islice('abc', *args)
    except Exception as e:
        print(type(e).__name__, e)
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(len(it.tee([1], 3)))
try:
    it.tee([1], -1)
except Exception as e:
    print(type(e).__name__, e)
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(it.zip_longest([1], [2, 3], [4, 5, 6])))
print(list(it.chain('abc', [1, 2])), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.islice(it.count(10, 2.5), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(repr(it.count()), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.repeat('a', 2)), repr(it.repeat(1)))
c = it.count(3); next(c); print(c)
r = it.repeat(7, 3); print(r.__length_hint__())
try:
    list(it.product('ab', repeat=-1))
except Exception as e:
    print(type(e).__name__, e)
try:
    it.permutations('abc', -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    it.combinations('abc')
except Exception as e:
    print(type(e).__name__, e)
print(list(it.combinations('abc', 5)))
try:
    it.accumulate()
except Exception as e:
    print(type(e).__name__, e)
try:
    next(it.starmap(pow, [1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    it.chain(1)
    list(it.chain(1))
except Exception as e:
    print(type(e).__name__, e)
print(list(it.zip_longest()))
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(type(it.groupby([])).__name__, type(it.count()).__name__)
