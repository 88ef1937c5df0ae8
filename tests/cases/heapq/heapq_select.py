# nsmallest/nlargest must equal sorted()[:n] (stability included); merge laziness.
import heapq
import random

rng = random.Random(7)
for trial in range(60):
    data = [rng.randrange(10) for _ in range(rng.randrange(0, 25))]
    pairs = [(v, i) for i, v in enumerate(data)]
    for n in (-1, 0, 1, 2, 3, 5, 30):
        for src in (data, iter(data)):
            a = heapq.nsmallest(n, src if src is data else iter(data))
            b = heapq.nlargest(n, src if src is data else iter(data))
            assert a == sorted(data)[:max(n, 0)], (n, data)
            assert b == sorted(data, reverse=True)[:max(n, 0)], (n, data)
        ks = heapq.nsmallest(n, iter(pairs), key=lambda p: p[0])
        kl = heapq.nlargest(n, iter(pairs), key=lambda p: p[0])
        assert ks == sorted(pairs, key=lambda p: p[0])[:max(n, 0)], (n, pairs, ks)
        assert kl == sorted(pairs, key=lambda p: p[0], reverse=True)[:max(n, 0)], (n, pairs, kl)
print("selection ok")
streams = [sorted((rng.randrange(5), s) for _ in range(rng.randrange(6))) for s in range(4)]
merged = list(heapq.merge(*streams, key=lambda p: p[0]))
print(merged == sorted(sum(streams, []), key=lambda p: p[0]))
rev = [sorted(s, reverse=True) for s in streams]
print(list(heapq.merge(*rev, key=lambda p: p[0], reverse=True)) ==
      sorted(sum(rev, []), key=lambda p: p[0], reverse=True))
seen = []


def gen(name, items):
    for x in items:
        seen.append((name, x))
        yield x


m = heapq.merge(gen('a', [1, 5, 9]), gen('b', [2, 3, 10]))
print(next(m), seen)
print(next(m), next(m), seen)
print(list(m), len(seen))
for bad in (lambda: heapq.nsmallest(0, 5), lambda: heapq.nlargest(1, 5), lambda: heapq.nsmallest(3, [1, 'a', 2])):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
