import heapq
import itertools


class TaskFailed(Exception):
    pass


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.done = []

    def add(self, priority, name, fn, *args):
        heapq.heappush(self.queue, (priority, next(self.counter), name, fn, args))

    def run(self):
        while self.queue:
            prio, _, name, fn, args = heapq.heappop(self.queue)
            try:
                self.done.append((name, fn(*args)))
            except ZeroDivisionError as e:
                raise TaskFailed(f"task {name!r} (priority {prio}) failed") from e


def ratio(a, b):
    return a / b


def gen_task(n):
    return list(range(n))


s = Scheduler()
s.add(2, "second", ratio, 1, 4)
s.add(1, "first", gen_task, 3)
s.add(3, "third", ratio, 1, 0)
s.add(4, "never", gen_task, 1)
try:
    s.run()
except TaskFailed as e:
    print(e, "| done:", s.done, "| left:", len(s.queue))
s.add(0, "bad args", ratio, 1)
s.run()
