import heapq
import random

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

r = random.Random(5)
data = [r.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 50), h[:10])
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 99), h[:10])
print(heapq.heappushpop([], 3))
for n in [0, 1, 2, 3, 10, 100, 3000]:
    h = [r.random() for _ in range(n)]
    heapq.heapify(h)
    ok = all(h[i] <= h[c] for i in range(n) for c in (2 * i + 1, 2 * i + 2) if c < n)
    print(n, ok, h[:3])

h = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappop(h))
m = data[:]
heapq._heapify_max(m)
print(m[:8], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:5])

# nsmallest / nlargest
for n in [-1, 0, 1, 2, 5, 39, 40, 41, 100]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nsmallest(1, []), heapq.nlargest(1, iter([])), heapq.nsmallest(3, iter([])))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum', 'lime', 'cherry']
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
print(heapq.nlargest(3, {'a': 3, 'b': 1, 'c': 2}), heapq.nsmallest(2, 'hello'))
recs = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 3}, {'n': 'w', 'v': 2}]
print(heapq.nlargest(2, recs, key=lambda d: d['v']), heapq.nsmallest(2, recs, key=lambda d: d['v']))

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [])))
print(list(heapq.merge([7, 5, 3], [8, 4], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c'), (3, 'd')])))
print(list(heapq.merge([1, 1, 1], [1, 1], key=lambda x: 0)))
g = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(g), next(g), list(g))
streams = [sorted(r.randrange(50) for _ in range(r.randrange(8))) for _ in range(6)]
print(list(heapq.merge(*streams)) == sorted(sum(streams, [])))

class Task:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, other): return self.p < other.p
    def __repr__(self): return self.name
q = []
for p, n in [(3, 'write'), (1, 'read'), (2, 'think'), (1, 'eat')]:
    heapq.heappush(q, Task(p, n))
print([heapq.heappop(q) for _ in range(4)])

check(lambda: heapq.heappush(5, 1))
check(lambda: heapq.heappop([]))
check(lambda: heapq.heapreplace([], 1))
check(lambda: heapq.heapify((1,)))
check(lambda: heapq.heappush([]))
check(lambda: heapq.heappop())
check(lambda: heapq.heapify([1, 'a', 3]))
check(lambda: heapq._heappop_max([]))
check(lambda: heapq.heappush([1], 'a'))
check(lambda: heapq.heappop(5))
check(lambda: heapq.heapreplace((1,), 2))
check(lambda: heapq.heappushpop(None, 2))
check(lambda: heapq.nsmallest(2, 5))
check(lambda: list(heapq.merge([1], 5)))
print(heapq.__all__)
