import heapq
import random
import statistics
from collections import deque, namedtuple

Customer = namedtuple("Customer", ["id", "arrival", "service"])
Event = namedtuple("Event", ["time", "kind", "seq", "cust"])


class Bank:
    def __init__(self, tellers, seed):
        self.rng = random.Random(seed)
        self.tellers = tellers
        self.free = tellers
        self.queue = deque()
        self.events = []
        self.seq = 0
        self.waits = []
        self.max_queue = 0
        self.log = []

    def schedule(self, time, kind, cust):
        self.seq += 1
        heapq.heappush(self.events, Event(round(time, 6), kind, self.seq, cust))

    def run(self, n_customers, mean_gap, mean_service):
        t = 0.0
        for i in range(n_customers):
            t += self.rng.expovariate(1 / mean_gap)
            service = max(0.5, self.rng.gauss(mean_service, mean_service / 4))
            self.schedule(t, "arrive", Customer(i, round(t, 6), round(service, 6)))
        while self.events:
            ev = heapq.heappop(self.events)
            getattr(self, "on_" + ev.kind)(ev)
        return self

    def on_arrive(self, ev):
        if self.free:
            self.free -= 1
            self.start(ev.time, ev.cust)
        else:
            self.queue.append(ev.cust)
            self.max_queue = max(self.max_queue, len(self.queue))

    def start(self, now, cust):
        self.waits.append(now - cust.arrival)
        self.schedule(now + cust.service, "depart", cust)
        if len(self.log) < 6:
            self.log.append(f"t={now:7.2f} start #{cust.id} waited {now - cust.arrival:5.2f}")

    def on_depart(self, ev):
        if self.queue:
            self.start(ev.time, self.queue.popleft())
        else:
            self.free += 1


for tellers in (1, 2, 3):
    b = Bank(tellers, seed=42).run(200, mean_gap=1.0, mean_service=1.8)
    w = b.waits
    print(f"tellers={tellers} served={len(w)} mean_wait={statistics.mean(w):7.3f} "
          f"median={statistics.median(w):7.3f} p90={statistics.quantiles(w, n=10)[-1]:7.3f} "
          f"max={max(w):7.3f} max_queue={b.max_queue} zero_waits={sum(1 for x in w if x == 0)}")
    if tellers == 2:
        print("\n".join(b.log))
e = Event(1.5, "arrive", 1, None)
print(e, e._fields, e._replace(kind="depart") < e, Customer._make([9, 0.0, 1.0]))
try:
    Event(1, 2)
except TypeError as ex:
    print("TypeError:", ex)
try:
    e.time = 3
except AttributeError as ex:
    print("AttributeError:", ex)
data = [2.5, 3.1, 2.5, 4.0, 3.3, 2.9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), round(statistics.stdev(data), 6), round(statistics.pvariance(data), 6))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbc"), statistics.geometric_mean([1, 4, 16]))
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([]), lambda: statistics.harmonic_mean([-1])]:
    try:
        bad()
    except statistics.StatisticsError as ex:
        print("StatisticsError:", ex)
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 8), nd + 5)
print(round(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 6), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
