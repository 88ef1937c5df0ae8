import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Optional


class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    URGENT = 0


class TaskError(Exception):
    pass


@dataclass(order=True)
class Task:
    priority: Priority
    seq: int
    title: str = field(compare=False)
    deps: tuple = field(default=(), compare=False)
    done: bool = field(default=False, compare=False)
    note: Optional[str] = field(default=None, compare=False, repr=False)

    def __str__(self):
        mark = "x" if self.done else " "
        deps = f" (after {', '.join(sorted(self.deps))})" if self.deps else ""
        return f"[{mark}] {self.priority.name:<7} {self.title}{deps}"


class Manager:
    def __init__(self):
        self.tasks = {}
        self.heap = []
        self.counter = itertools.count(1)

    def add(self, title, priority=Priority.NORMAL, deps=(), note=None):
        if title in self.tasks:
            raise TaskError(f"duplicate task {title!r}")
        missing = [d for d in deps if d not in self.tasks]
        if missing:
            raise TaskError(f"{title!r} depends on unknown {missing}")
        t = Task(Priority(priority), next(self.counter), title, tuple(sorted(deps)), note=note)
        self.tasks[title] = t
        heapq.heappush(self.heap, t)
        return t

    def ready(self):
        return sorted(t for t in self.tasks.values()
                      if not t.done and all(self.tasks[d].done for d in t.deps))

    def next(self):
        skipped = []
        try:
            while self.heap:
                t = heapq.heappop(self.heap)
                if t.done:
                    continue
                if all(self.tasks[d].done for d in t.deps):
                    return t
                skipped.append(t)
            raise TaskError("nothing ready")
        finally:
            for s in skipped:
                heapq.heappush(self.heap, s)

    def complete(self, title):
        try:
            t = self.tasks[title]
        except KeyError:
            raise TaskError(f"no task {title!r}") from None
        if t.done:
            raise TaskError(f"{title!r} already done")
        t.done = True

    def report(self):
        done = sum(t.done for t in self.tasks.values())
        lines = [str(t) for t in sorted(self.tasks.values())]
        lines.append(f"{done}/{len(self.tasks)} done ({done / len(self.tasks):.0%})")
        return "\n".join(lines)


m = Manager()
m.add("design", Priority.HIGH)
m.add("write code", deps=["design"])
m.add("write tests", Priority.HIGH, deps=["design"])
m.add("release", Priority.URGENT, deps=["write code", "write tests"], note="tag it")
m.add("coffee", Priority.LOW)
m.add("docs", 2, deps=["write code"])
for bad in [lambda: m.add("design"), lambda: m.add("deploy", deps=["release", "ops"]), lambda: m.add("x", 7),
            lambda: m.complete("nope")]:
    try:
        bad()
    except (TaskError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print([t.title for t in m.ready()])
order = []
while True:
    try:
        t = m.next()
    except TaskError as e:
        print("stop:", e)
        break
    m.complete(t.title)
    order.append(t.title)
    print(f"did {t.title!r:14} ready now: {[r.title for r in m.ready()]}")
print(order)
print(m.report())
try:
    m.complete("coffee")
except TaskError as e:
    print("TaskError:", e)
print(repr(m.tasks["release"]), m.tasks["release"].note, Priority(0), Priority["LOW"] > Priority.HIGH, sorted(Priority))
