import random, heapq, itertools, statistics
from collections import deque
rng = random.Random(2024)
class Customer:
    ids = itertools.count(1)
    def __init__(self, t): self.id = next(self.ids); self.arrival = t; self.service = rng.expovariate(1 / 3)
    def __repr__(self): return f"C{self.id}@{self.arrival:.2f}"
events = []; seq = itertools.count()
t = 0.0
for _ in range(15):
    t += rng.expovariate(1 / 2.5)
    heapq.heappush(events, (t, next(seq), "arrive", Customer(t)))
queue = deque(); busy_until = 0.0; waits = []; log = []
while events:
    now, _, kind, c = heapq.heappop(events)
    if kind == "arrive":
        queue.append(c)
    else:
        log.append(f"{now:7.3f} done {c!r}")
    if queue and now >= busy_until:
        nxt = queue.popleft(); waits.append(now - nxt.arrival)
        busy_until = now + nxt.service
        heapq.heappush(events, (busy_until, next(seq), "depart", nxt))
print("\n".join(log))
print(f"mean wait {statistics.mean(waits):.4f}, max {max(waits):.4f}, served {len(waits)}")
try: rng.sample({1, 2, 3}, 2)
except TypeError as e: print(e)
print(rng.choice(range(100)), rng.choice("xyz"), rng.sample(range(1000), 3), rng.randrange(10), rng.randrange(5, 50, 5))
try: rng.choice({1: 'a'})
except KeyError as e: print("KeyError", e)
try: rng.randrange(10, 5)
except ValueError as e: print(e)
try: rng.randint(5, 1)
except ValueError as e: print(e)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck); print(deck[:8])
hands = [sorted(deck[i::4][:5]) for i in range(4)]; print(hands)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
hist = {k: rolls.count(k) for k in range(2, 13)}
for k, v in hist.items(): print(f"{k:2d} {'#' * (v // 5)} {v}")
walk = list(itertools.accumulate(rng.choice((-1, 1)) for _ in range(30))); print(walk)
print(rng.random(), rng.uniform(-1, 1), rng.gauss(10, 2), rng.getrandbits(64), rng.binomialvariate(10, 0.5) if hasattr(rng, "binomialvariate") else "n/a")
r2 = random.Random(); r2.seed(99, version=1); print(r2.random())
r3 = random.Random("seed-string"); print(r3.random(), r3.randint(0, 10**30))
r4 = random.Random(3.14); print(r4.random())
try: random.Random([1, 2])
except TypeError as e: print(e)
