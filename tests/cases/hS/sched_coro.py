from collections import deque
import types

class SysCall:
    def handle(self, sched, task): raise NotImplementedError

class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)

class NewTask(SysCall):
    def __init__(self, target): self.target = target
    def handle(self, sched, task):
        tid = sched.new(self.target)
        task.sendval = tid
        sched.schedule(task)

class WaitTask(SysCall):
    def __init__(self, tid): self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.taskmap:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = None
            sched.schedule(task)

class Task:
    _next = 0
    def __init__(self, target):
        Task._next += 1
        self.tid = Task._next
        self.target = target
        self.sendval = None
        self.stack = []
    def run(self):
        while True:
            try:
                result = self.target.send(self.sendval)
                if isinstance(result, SysCall):
                    return result
                if isinstance(result, types.GeneratorType):
                    self.stack.append(self.target)
                    self.sendval = None
                    self.target = result
                else:
                    if not self.stack:
                        return result
                    self.sendval = result
                    self.target = self.stack.pop()
            except StopIteration as e:
                if not self.stack:
                    raise
                self.sendval = e.value
                self.target = self.stack.pop()

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.taskmap = {}
        self.waiting = {}
    def new(self, target):
        t = Task(target)
        self.taskmap[t.tid] = t
        self.schedule(t)
        return t.tid
    def schedule(self, t):
        self.ready.append(t)
    def exit(self, t):
        print(f"task {t.tid} exit")
        del self.taskmap[t.tid]
        for w in self.waiting.pop(t.tid, []):
            self.schedule(w)
    def mainloop(self):
        while self.taskmap:
            t = self.ready.popleft()
            try:
                r = t.run()
                if isinstance(r, SysCall):
                    r.handle(self, t)
                    continue
            except StopIteration:
                self.exit(t)
                continue
            self.schedule(t)

def sub(n):
    yield
    return n * 100

def foo():
    mytid = yield GetTid()
    for i in range(3):
        v = yield sub(i)
        print(f"foo {mytid} got {v}")

def main():
    child = yield NewTask(foo())
    print("spawned", child)
    yield WaitTask(child)
    print("child done")
    try:
        yield from bad()
    except ZeroDivisionError as e:
        print("main caught", e)

def bad():
    yield
    return 1 / 0

s = Scheduler()
s.new(main())
s.mainloop()
print("all done")
