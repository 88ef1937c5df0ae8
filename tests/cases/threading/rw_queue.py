# queue without other threads: the non-blocking paths, ordering, task accounting, errors
import queue
q = queue.Queue(2)
q.put(1); q.put_nowait(2)
print(q.qsize(), q.full(), q.empty(), q.unfinished_tasks)
for f in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0), lambda: q.put(3, timeout=-1)):
    try:
        f()
    except (queue.Full, ValueError) as e:
        print(type(e).__name__, e)
print(q.get(), q.get_nowait(), q.empty())
for f in (lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(timeout=-1), q.get_nowait):
    try:
        f()
    except (queue.Empty, ValueError) as e:
        print(type(e).__name__, e)
q.task_done(); q.task_done(); q.join()
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
lq, pq = queue.LifoQueue(), queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x); pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], queue.Queue(0).full(), queue.Queue(-1).full())
sq = queue.SimpleQueue()
sq.put('a'); sq.put_nowait('b')
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty as e:
    print('Empty', repr(e))
print(queue.Empty.__module__, queue.SimpleQueue.__module__, queue.Queue[int], issubclass(queue.Full, Exception))
