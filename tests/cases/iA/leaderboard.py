import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from operator import attrgetter


@dataclass
class Player:
    name: str
    scores: list = field(default_factory=list)

    @property
    def best(self):
        return max(self.scores, default=0)

    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0


class Leaderboard:
    def __init__(self):
        self.players = {}
        self._sorted = []

    def submit(self, name, score):
        if not isinstance(score, int) or score < 0:
            raise ValueError(f"invalid score {score!r} for {name}")
        p = self.players.setdefault(name, Player(name))
        old = p.best
        p.scores.append(score)
        if p.best != old or len(p.scores) == 1:
            if len(p.scores) > 1:
                i = bisect.bisect_left(self._sorted, (-old, name))
                del self._sorted[i]
            bisect.insort(self._sorted, (-p.best, name))

    def top(self, n=3):
        return [(name, -neg) for neg, name in self._sorted[:n]]

    def rank(self, name):
        if name not in self.players:
            raise KeyError(name)
        best = self.players[name].best
        return bisect.bisect_left([-s for s, _ in self._sorted][::-1], best) if False else \
            bisect.bisect_left([s for s, _ in self._sorted], -best) + 1

    def percentile(self, score):
        bests = sorted(p.best for p in self.players.values())
        return 100.0 * bisect.bisect_right(bests, score) / len(bests)


lb = Leaderboard()
subs = [("ann", 50), ("bob", 70), ("cid", 70), ("dee", 20), ("ann", 90), ("bob", 65), ("eve", 88), ("dee", 95), ("cid", 10)]
for name, score in subs:
    lb.submit(name, score)
    print(f"{name} {score:>3} -> top3 {lb.top()}")
for bad in [("x", -1), ("x", 5.5), ("x", "10")]:
    try:
        lb.submit(*bad)
    except ValueError as e:
        print("ValueError:", e)
print({n: lb.rank(n) for n in sorted(lb.players)})
try:
    lb.rank("zed")
except KeyError as e:
    print("KeyError:", e)
print([lb.percentile(s) for s in (0, 70, 90, 100)])
table = sorted(lb.players.values(), key=attrgetter("best", "name"), reverse=True)
print(f"{'#':>2} {'name':<6}{'best':>5}{'avg':>8}  scores")
for i, p in enumerate(table, 1):
    print(f"{i:>2} {p.name:<6}{p.best:>5}{p.average:>8.2f}  {p.scores}")
grades = "FDCBA"
cuts = [60, 70, 80, 90]
print([grades[bisect.bisect(cuts, s)] for s in [33, 99, 77, 70, 89, 90, 100, 59]])
buckets = defaultdict(list)
for p in lb.players.values():
    buckets[grades[bisect.bisect(cuts, p.best)]].append(p.name)
print(dict(sorted(buckets.items())))
a = [1, 2, 4, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 99), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2))
bisect.insort_left(a, 4)
bisect.insort_right(a, 5)
print(a, bisect.bisect_left([], 1))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
keyed = sorted([("b", 2), ("a", 5), ("c", 9)], key=lambda t: t[1])
print(bisect.bisect_left(keyed, 5, key=lambda t: t[1]), bisect.bisect_right(keyed, 5, key=lambda t: t[1]))
