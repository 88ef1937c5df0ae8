import heapq
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Optional


@dataclass(order=True)
class Job:
    when: datetime
    priority: int
    seq: int = field(compare=True)
    name: str = field(compare=False)
    action: Callable = field(compare=False, repr=False)
    every: Optional[timedelta] = field(default=None, compare=False)
    runs: int = field(default=0, compare=False)


class Scheduler:
    def __init__(self, start):
        self.now = start
        self.queue = []
        self.counter = itertools.count()
        self.history = []

    def schedule(self, name, at, action, priority=0, every=None):
        if isinstance(at, timedelta):
            at = self.now + at
        if at < self.now:
            raise ValueError(f"cannot schedule {name!r} in the past ({at:%H:%M})")
        job = Job(at, priority, next(self.counter), name, action, every)
        heapq.heappush(self.queue, job)
        return job

    def cancel(self, name):
        before = len(self.queue)
        self.queue = [j for j in self.queue if j.name != name]
        heapq.heapify(self.queue)
        return before - len(self.queue)

    def run_until(self, end):
        while self.queue and self.queue[0].when <= end:
            job = heapq.heappop(self.queue)
            self.now = job.when
            job.runs += 1
            try:
                result = job.action(job)
            except Exception as e:
                result = f"error: {type(e).__name__}: {e}"
            self.history.append((self.now.strftime("%H:%M"), job.name, result))
            if job.every and job.runs < 4:
                job.when = job.when + job.every
                job.seq = next(self.counter)
                heapq.heappush(self.queue, job)
        self.now = end


start = datetime(2024, 6, 1, 9, 0)
s = Scheduler(start)
s.schedule("coffee", timedelta(minutes=30), lambda j: "brewed", priority=1)
s.schedule("standup", datetime(2024, 6, 1, 9, 30), lambda j: "talked", priority=0)
s.schedule("heartbeat", timedelta(0), lambda j: f"beat #{j.runs}", every=timedelta(minutes=20))
s.schedule("report", timedelta(hours=1), lambda j: 1 / 0)
s.schedule("lunch", timedelta(hours=3), lambda j: "yum")
s.schedule("gone", timedelta(hours=2), lambda j: "never")
print(s.cancel("gone"), s.cancel("nothing"))
try:
    s.schedule("past", datetime(2024, 6, 1, 8), lambda j: None)
except ValueError as e:
    print("ValueError:", e)
s.run_until(start + timedelta(hours=2))
for row in s.history:
    print("%s  %-10s %s" % row)
print("now", s.now.time(), "pending", [j.name for j in sorted(s.queue)])
print(sorted(s.queue)[0])
j1 = Job(start, 1, 0, "a", print)
j2 = Job(start, 1, 1, "b", len)
print(j1 < j2, j1 == Job(start, 1, 0, "zzz", None), max(j1, j2).name)
d = datetime(2024, 1, 31, 23, 59, 59)
for delta in [timedelta(seconds=1), timedelta(days=29), timedelta(weeks=-5), timedelta(hours=-24.5), timedelta(microseconds=1)]:
    print(f"{d} + {delta!s:>20} = {d + delta}")
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=7), timedelta(days=1) % timedelta(hours=7))
print(timedelta(minutes=90).total_seconds(), abs(timedelta(days=-2, hours=3)), -timedelta(hours=1), timedelta(hours=1) * 2.5)
print(repr(timedelta(hours=-1)), timedelta(999999999), timedelta.max - timedelta.max)
try:
    timedelta(days=1e10)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    datetime(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    start - 5
except TypeError as e:
    print(type(e).__name__, e)
print((datetime(2024, 12, 31) - datetime(2024, 1, 1)).days, datetime(2024, 3, 10).strftime("%A week %U/%W day %j"))
print(datetime.combine(start.date(), datetime.min.time()), start.replace(hour=23, minute=5).isoformat(sep=" ", timespec="minutes"))
print(datetime.fromisoformat("2024-06-01T12:30:45.5"), datetime.fromtimestamp(0, tz=__import__("datetime").timezone.utc))
