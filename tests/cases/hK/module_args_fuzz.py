import collections.abc
import math, itertools, functools, heapq, bisect, random, struct, json, re, collections, operator, string, textwrap, copy, statistics, cmath, array
rng = random.Random(4); random.seed(0)
targets = [
 (math, ['sqrt', 'floor', 'ceil', 'factorial', 'gcd', 'lcm', 'comb', 'perm', 'isqrt', 'log', 'pow', 'hypot', 'dist', 'prod', 'fsum', 'isclose', 'copysign', 'ldexp', 'frexp', 'modf', 'trunc', 'exp', 'atan2', 'fmod', 'degrees', 'nextafter', 'ulp', 'isfinite', 'remainder']),
 (cmath, ['sqrt', 'phase', 'polar', 'rect', 'exp', 'log', 'isclose']),
 (itertools, ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'starmap', 'takewhile', 'tee', 'zip_longest', 'product', 'permutations', 'combinations', 'combinations_with_replacement']),
 (functools, ['reduce', 'partial', 'cmp_to_key', 'lru_cache']),
 (heapq, ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', 'nlargest', 'nsmallest', 'merge']),
 (bisect, ['bisect', 'bisect_left', 'insort', 'insort_left']),
 (random, ['randint', 'randrange', 'choice', 'choices', 'sample', 'shuffle', 'uniform', 'getrandbits', 'gauss', 'triangular']),
 (struct, ['pack', 'unpack', 'calcsize', 'iter_unpack', 'unpack_from', 'pack_into', 'Struct']),
 (json, ['dumps', 'loads']),
 (re, ['compile', 'match', 'search', 'sub', 'split', 'findall', 'escape', 'fullmatch', 'subn']),
 (collections, ['deque', 'Counter', 'OrderedDict', 'defaultdict', 'namedtuple', 'ChainMap']),
 (operator, ['itemgetter', 'attrgetter', 'methodcaller', 'add', 'index', 'length_hint', 'countOf', 'indexOf', 'getitem', 'concat', 'neg', 'truth']),
 (string, ['capwords', 'Template']),
 (textwrap, ['wrap', 'fill', 'shorten', 'dedent', 'indent']),

 (statistics, ['mean', 'median', 'mode', 'stdev', 'quantiles', 'fmean']),
 (array, ['array']),
]
pool = [None, 0, 1, -1, 2.5, -3.0, 'abc', '', b'xy', [], [3, 1, 2], (1, 2), {}, {'a': 1}, {1, 2}, 10**20, True, 1j, float('nan'), float('inf'), object, len, range(3), iter([1]), 'i', '<h', '\\d', lambda *a: 0]
def show(x):
    if callable(x) and getattr(x, '__name__', '') == '<lambda>': return 'lambda'
    if type(x).__name__ in ('list_iterator',): return 'iter'
    return repr(x)
for i in range(2500):
    mod, names = rng.choice(targets)
    name = rng.choice(names)
    f = getattr(mod, name)
    args = [rng.choice(pool) for _ in range(rng.randint(0, 3))]
    kwargs = {}
    if rng.random() < 0.1: kwargs[rng.choice(['key', 'k', 'reverse', 'initial', 'start', 'repeat', 'fillvalue', 'flags', 'maxsplit', 'indent', 'width', 'bogus'])] = rng.choice(pool)
    try:
        r = f(*args, **kwargs)
        if isinstance(r, collections.abc.Iterator) or type(r).__module__ == 'itertools':
            r = list(itertools.islice(r, 5))
        out = show(r)
        if ' at 0x' in out or 'object at' in out: out = type(r).__name__
        print(i, mod.__name__, name, [show(a) for a in args], kwargs and show(list(kwargs)), 'OK', out[:100])
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg: msg = msg.split(' at 0x')[0]
        print(i, mod.__name__, name, [show(a) for a in args], kwargs and show(list(kwargs)), type(e).__name__, msg[:150])
