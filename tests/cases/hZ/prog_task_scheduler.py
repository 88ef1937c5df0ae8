import heapq
from dataclasses import dataclass, field
from itertools import count

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=())

class Scheduler:
    def __init__(self):
        self._heap = []
        self._seq = count()
        self.done = []
        self.clock = 0
        self.waiting = {}
    def add(self, name, priority, duration=1, deps=()):
        t = Task(priority, next(self._seq), name, duration, tuple(deps))
        if all(d in self.done for d in deps):
            heapq.heappush(self._heap, t)
        else:
            self.waiting[name] = t
    def _release(self):
        for name, t in list(self.waiting.items()):
            if all(d in self.done for d in t.deps):
                del self.waiting[name]
                heapq.heappush(self._heap, t)
    def run(self):
        while self._heap:
            t = heapq.heappop(self._heap)
            start = self.clock
            self.clock += t.duration
            self.done.append(t.name)
            print(f"t={start:>2}..{self.clock:<2} {t.name:<10} prio={t.priority} deps={list(t.deps)}")
            self._release()
        if self.waiting:
            print("blocked:", sorted(self.waiting))

s = Scheduler()
s.add("compile", 2, 3)
s.add("fetch", 1, 2)
s.add("test", 1, 4, deps=["compile"])
s.add("lint", 3, 1)
s.add("package", 0, 2, deps=["test", "lint"])
s.add("deploy", 0, 1, deps=["package", "approve"])
s.run()
print(s.done, s.clock)
print(sorted([Task(2, 1, "b"), Task(1, 5, "a"), Task(2, 0, "c")]))
