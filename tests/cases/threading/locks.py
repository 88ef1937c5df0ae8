import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked())
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())
print(lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)

r = threading.RLock()
with r:
    with r:
        print("reentrant")
print(r.acquire(), r.acquire())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# a lock shared by threads that run one after another
counter = [0]
def inc():
    for _ in range(100):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter[0])

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(5))
ev.clear()
print(ev.is_set())
t = threading.Thread(target=ev.set)
t.start(); t.join()
print(ev.wait(1))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
with b:
    pass
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

cond = threading.Condition()
with cond:
    cond.notify()
    cond.notify_all()
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: 42))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait_for(lambda: "ready", timeout=1))

bar = threading.Barrier(1)
print(bar.wait(), bar.parties, bar.n_waiting, bar.broken)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)
