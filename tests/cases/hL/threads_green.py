# Thread tutorials: workers that sleep, a queue with a daemon worker, a consumer started
# before its producer, join with timeout, a Timer, and threads still running at exit.
import threading
import queue
import time


def worker(n, delay, log):
    time.sleep(delay)
    log.append(n)
    print(f"worker {n} finished")


log = []
start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(i, 0.15 - 0.05 * i, log)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("order", log, "parallel:", elapsed < 0.28)

q = queue.Queue()


def handler():
    while True:
        item = q.get()
        print("handled", item)
        q.task_done()


d = threading.Thread(target=handler, daemon=True)
d.start()
for item in ["a", "b", "c"]:
    q.put(item)
q.join()
print("batch 1 done, daemon alive:", d.is_alive())
q.put("d")
q.join()
print("batch 2 done")

box = queue.Queue()
got = []


def consumer():
    while (x := box.get()) is not None:
        got.append(x * 10)
    print("consumer saw", got)


def producer():
    for i in range(4):
        box.put(i)
        time.sleep(0.01)
    box.put(None)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print("consumer alive:", c.is_alive(), "items:", len(got))

ready = threading.Event()
results = {}


def waiter(name):
    ready.wait()
    results[name] = threading.current_thread().name


ws = [threading.Thread(target=waiter, args=(f"w{i}",), name=f"T{i}") for i in range(3)]
for w in ws:
    w.start()
print("before set:", sorted(results))
ready.set()
for w in ws:
    w.join()
print("after set:", sorted(results.items()))

slow = threading.Thread(target=time.sleep, args=(0.1,))
slow.start()
slow.join(timeout=0.01)
print("still alive after short join:", slow.is_alive())
slow.join()
print("alive after full join:", slow.is_alive())

fired = []
t1 = threading.Timer(0.05, fired.append, args=("t1",))
t2 = threading.Timer(0.02, fired.append, args=("t2",))
t3 = threading.Timer(0.01, fired.append, args=("t3",))
t1.start()
t2.start()
t3.start()
t2.cancel()
for t in (t1, t2, t3):
    t.join()
print("timers fired:", fired)


class Counter(threading.Thread):
    total = 0
    lock = threading.Lock()

    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n

    def run(self):
        for _ in range(self.n):
            with Counter.lock:
                v = Counter.total
                time.sleep(0)
                Counter.total = v + 1


cs = [Counter(50) for _ in range(4)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print("locked total:", Counter.total, [c.name for c in cs])


# Each thread has its own "exception being handled".
import sys
seen = []
try:
    raise KeyError("main")
except KeyError:
    th = threading.Thread(target=lambda: (time.sleep(0.01), seen.append(sys.exc_info()[0])))
    th.start()
    th.join()
    print("thread saw", seen, "main still handling", sys.exc_info()[0].__name__)


def late():
    time.sleep(0.03)
    print("non-daemon thread finished after main")


threading.Thread(target=late).start()
print("main done")
