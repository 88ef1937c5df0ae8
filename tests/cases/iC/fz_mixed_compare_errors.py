import random, heapq, bisect
random.seed(84)
pool = [1, 2.5, 'a', 'b', (1,), (1, 'x'), (1, 2), [0], None, True, b'z', {1}, frozenset({2})]
for i in range(600):
    data = [random.choice(pool) for _ in range(random.randint(0, 6))]
    op = random.choice(['heapify', 'heappush', 'sorted', 'min', 'max', 'insort', 'sortkey', 'nsmallest', 'list.sort', 'bisect'])
    try:
        if op == 'heapify':
            heapq.heapify(data); r = data
        elif op == 'heappush':
            h = []
            for x in data:
                heapq.heappush(h, x)
            r = h
        elif op == 'sorted': r = sorted(data)
        elif op == 'min': r = min(data, default='empty')
        elif op == 'max': r = max(data, default='empty')
        elif op == 'insort':
            s = []
            for x in data:
                bisect.insort(s, x)
            r = s
        elif op == 'sortkey': r = sorted(data, key=lambda v: (type(v).__name__, repr(v)))
        elif op == 'nsmallest': r = heapq.nsmallest(2, data)
        elif op == 'list.sort':
            data.sort(reverse=True); r = data
        elif op == 'bisect':
            s = sorted(x for x in data if isinstance(x, (int, float)))
            r = bisect.bisect(s, random.choice(pool))
        print(i, op, r)
    except Exception as e:
        print(i, op, type(e).__name__, e, data if op in ('heapify',) else '')
