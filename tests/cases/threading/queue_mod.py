import queue
import threading

q = queue.Queue()
print(q.empty(), q.qsize(), q.full(), q.maxsize)
for i in range(3):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(3)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty non-blocking")

b = queue.Queue(maxsize=2)
b.put(1); b.put_nowait(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# producer thread then consumer thread
work = queue.Queue()
out = []
def producer():
    for i in range(5):
        work.put(i * i)
def consumer():
    while True:
        try:
            item = work.get_nowait()
        except queue.Empty:
            break
        out.append(item)
        work.task_done()
for f in (producer, consumer):
    t = threading.Thread(target=f)
    t.start(); t.join()
work.join()
print(out, work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(2, "b"), (3, "c"), (1, "a")]:
    pq.put(item)
print([pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put("x"); sq.put_nowait("y")
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int])
