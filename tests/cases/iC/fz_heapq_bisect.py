import random, heapq, bisect
random.seed(25)
h = []
for i in range(1500):
    op = random.choice(['push', 'pop', 'pushpop', 'replace', 'heapify', 'nlargest', 'nsmallest', 'merge'])
    try:
        if op == 'push': heapq.heappush(h, random.randint(0, 50))
        elif op == 'pop': print('pop', heapq.heappop(h))
        elif op == 'pushpop': print('pp', heapq.heappushpop(h, random.randint(0, 50)))
        elif op == 'replace': print('rp', heapq.heapreplace(h, random.randint(0, 50)))
        elif op == 'heapify':
            h = [random.randint(0, 50) for _ in range(random.randint(0, 12))]
            heapq.heapify(h)
        elif op == 'nlargest':
            print('nl', heapq.nlargest(random.randint(-1, 6), h, key=random.choice([None, lambda x: -x, lambda x: x % 7])))
        elif op == 'nsmallest':
            print('ns', heapq.nsmallest(random.randint(-1, 6), h, key=random.choice([None, lambda x: x % 5])))
        elif op == 'merge':
            a = sorted(random.sample(range(30), 5)); b = sorted(random.sample(range(30), 4))
            print('m', list(heapq.merge(a, b)), list(heapq.merge(a[::-1], b[::-1], reverse=True)), list(heapq.merge(a, b, key=lambda x: x // 3)))
        print(i, op, h)
    except Exception as e:
        print(i, op, type(e).__name__, e)
for i in range(800):
    a = sorted(random.randint(0, 20) for _ in range(random.randint(0, 10)))
    x = random.randint(-1, 21)
    lo = random.choice([0, random.randint(-2, 12)])
    hi = random.choice([None, random.randint(-2, 12)])
    f = random.choice(['bisect_left', 'bisect_right', 'insort_left', 'insort_right', 'bisect'])
    try:
        kw = {'key': lambda v: v} if random.random() < 0.2 else {}
        r = getattr(bisect, f)(a, x, lo, hi, **kw) if hi is not None else getattr(bisect, f)(a, x, lo, **kw)
        print(i, f, x, lo, hi, r, a)
    except Exception as e:
        print(i, f, x, lo, hi, type(e).__name__, e)
recs = sorted([(random.randint(0, 9), c) for c in 'abcdefg'])
print(recs, bisect.bisect_left(recs, 5, key=lambda r: r[0]), bisect.bisect_right(recs, 5, key=lambda r: r[0]))
bisect.insort(recs, (5, 'z'), key=lambda r: r[0]); print(recs)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(5, 1), lambda: heapq.heapify((1,)), lambda: heapq.heappush([1], 'a'), lambda: bisect.bisect([], 1, -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
