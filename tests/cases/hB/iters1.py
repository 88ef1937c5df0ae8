import sys
r = range(0, 20, 3)
print(r, range(5), range(-3), range(1, 10, -1), repr(range(0)), r[2], r[-1], r[1:4], r[::-1], r[::2][1:], len(r), 9 in r, 10 in r, 9.0 in r, r.index(9), r.count(3), list(r[10:]))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7), hash(range(3)) == hash(range(0, 3)), r.start, r.stop, r.step, bool(range(0)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
big = range(10**20)
print(big[-1], big[10**19], len(range(0, 10**18, 7)) if False else '', big.index(5), 10**19 in big)
for f in [lambda: len(big), lambda: r.index(4), lambda: r[100], lambda: range(0, 1, 0), lambda: range('a'), lambda: r['x'], lambda: range(1, 2, 3, 4), lambda: range()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, slice(5), slice(None, None, -1), s.start, s.stop, s.step, s.indices(6), slice(None, None, -1).indices(5), slice(-100, 100).indices(10), slice(2, 1).indices(0), s == slice(1, 10, 2), repr(slice('a', [1]))[:20])
try:
    hash(s)
    print('hashable')
except TypeError as e:
    print(e)
print('abcdefgh'[s], [0, 1, 2, 3, 4, 5][slice(None, None, 2)], (1, 2, 3)[slice(-2, None)])
print(list(zip('abc', range(5))), list(zip()), list(zip('ab', 'cd', 'ef')), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip('abc', 'de', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('ab', 'cde', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('ab', 'cd', 'e', strict=True))
except ValueError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(str.upper, 'ab')), list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)), next(enumerate('z', 10**20)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'done'), next(iter(()), None))
calls = iter([5, 4, 3, 0, 7])
print(list(iter(lambda: next(calls), 0)))
import functools
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
for f in [lambda: iter(5, 0), lambda: iter(tick, 1, 2), lambda: next(iter([]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, repr(e))
print(sorted([3, 1, 2], key=None), sorted('bca', reverse=True), sorted([(1, 'b'), (1, 'a')]), sorted({3: 1, 1: 2}), sorted([-1, 2, -3], key=abs), sorted([[2], [1, 5], [1]]))
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True), min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]))
try:
    sorted([1, 2, 3], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(e)
L = [3, 1, 2]
try:
    L.sort(key=lambda x: [].pop())
except IndexError as e:
    print(e, L)
print(all([]), any([]), all([1, 0]), any([0, '', 'x']), all(x > 0 for x in [1, 2]), any(iter([])), sum([], 0), sum((), 0.0))
print(min(3, 1, 2), max('apple', 'fig', key=len), min([[1, 2], [0, 9]]), max([1], [1, 0]), min(iter([4, 2])), max(range(3), default=9), min((x for x in []), default='none'))
for f in [lambda: min([], default=1, key=lambda x: x, foo=2), lambda: max(1, 2, default=0), lambda: min(), lambda: max([1, 'a']), lambda: min(key=len), lambda: max(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), reversed([]).__length_hint__(), [x for x in reversed(range(-2, 2))])
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(enumerate(Seq())), sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))
print(list(map(lambda *a: a, 'ab', 'xyz')), dict(map(lambda k: (k, k * 2), 'ab')), set(map(abs, [-1, 1])), tuple(filter(str.isdigit, 'a1b2')))
print(type(map(int, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__, type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__, type(iter(b'')).__name__)
gen = (i * i for i in range(4))
print(gen.__class__.__name__, list(gen), list(gen), sum(i for i in range(5)), list(x for x in 'ab' if x != 'a'))
print(f'{sum(range(5))=}', f'{1 + 1 = }', f'{"q"!r:>5}', f'{3.14159=:.2f}', f'{[1, 2]=!s}', f"{'a' 'b'=}")
print(*[1, 2, 3], sep=' | ', end=' <end>\n')
print('a', 'b', sep='', end='')
print()
print(sep='x')
print(1, 2, sep=None, end=None)
print('to stderr', file=sys.stderr)
print('flush', flush=True)
print(*'abc', *range(2), sep='-')
sys.stdout.write('written %d\n' % 5)
print(sys.stdout.write('xyz'), end='\n')
