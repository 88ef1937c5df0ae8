# ThreadPoolExecutor tutorials: map with fewer workers than tasks, as_completed order,
# wait(FIRST_COMPLETED), exceptions in tasks, initializer per worker.
import concurrent.futures as cf
import threading
import time


DELAYS = [0.2, 0.05, 0.1, 0.02]


events = []


def task(n):
    events.append(f"{n}+")
    time.sleep(DELAYS[n])
    events.append(f"{n}-")
    return n * n


t0 = time.perf_counter()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(task, range(4))))
# (Sorted: the interleaving of starts and ends depends on scheduling under load.)
print(sorted(events))
events.clear()
print("faster than serial:", time.perf_counter() - t0 < 0.36)

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(task, i): i for i in range(3)}
    for f in cf.as_completed(futs):
        print("completed", futs[f], f.result())
    done, not_done = cf.wait([ex.submit(time.sleep, 0.1), ex.submit(task, 3)],
                             return_when=cf.FIRST_COMPLETED)
    print(len(done), len(not_done))
print(sorted(events))


def risky(x):
    time.sleep(0.01 * x)
    if x == 2:
        raise ValueError(f"bad input {x}")
    return x


with cf.ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(risky, x) for x in range(4)]
    for f in fs:
        try:
            print("result", f.result())
        except ValueError as e:
            print("error", e, f.exception() is not None)

names = []
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool",
                           initializer=lambda: names.append("init")) as ex:
    print(sorted(ex.map(lambda x: (time.sleep(0.01), threading.current_thread().name)[1],
                        range(4))))
print(names)
