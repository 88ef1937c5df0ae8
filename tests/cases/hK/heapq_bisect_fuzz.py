import heapq, bisect, random
rng = random.Random(12)
for i in range(800):
    lists = [sorted(rng.randint(0, 9) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 3))]
    rev = rng.random() < 0.3
    key = rng.choice([None, lambda x: -x, lambda x: x % 3])
    if rev: lists = [l[::-1] for l in lists]
    try:
        m = list(heapq.merge(*lists, key=key, reverse=rev))
    except Exception as e:
        m = type(e).__name__
    data = [rng.randint(-5, 5) for _ in range(rng.randint(0, 8))]
    n = rng.randint(-1, 5)
    print(i, lists, rev, m, heapq.nlargest(n, data), heapq.nsmallest(n, data, key=abs), heapq.nlargest(n, data, key=lambda x: x % 3))
    s = sorted(data); x = rng.randint(-6, 6)
    lo = rng.randint(0, len(s)); hi = rng.randint(lo, len(s))
    print(' ', s, x, bisect.bisect_left(s, x), bisect.bisect_right(s, x, lo), bisect.bisect(s, x, lo, hi), bisect.bisect_left(s, x, key=lambda v: v) if rng.random() < 0.5 else '')
    h = data[:]; heapq.heapify(h); ops = []
    for _ in range(4):
        op = rng.choice(['push', 'pop', 'pushpop', 'replace'])
        try:
            if op == 'push': heapq.heappush(h, rng.randint(-9, 9)); ops.append(None)
            elif op == 'pop': ops.append(heapq.heappop(h))
            elif op == 'pushpop': ops.append(heapq.heappushpop(h, rng.randint(-9, 9)))
            else: ops.append(heapq.heapreplace(h, rng.randint(-9, 9)))
        except IndexError as e: ops.append(str(e))
    print(' ', h, ops)
