import queue
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize(), q.empty())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
print(q.get(), q.get_nowait())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]]; print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put("x"); print(sq.get(), sq.empty(), sq.qsize())
q2 = queue.Queue()
q2.put("task"); q2.get(); q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print(e)
q2.join(); print("joined", q2.unfinished_tasks)
