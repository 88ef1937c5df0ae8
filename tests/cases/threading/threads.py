import threading

results = []

def worker(n, scale=1):
    results.append((threading.current_thread().name, n * scale))

threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 10}) for i in range(3)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], all(t.ident for t in threads))

try:
    threads[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print("RuntimeError:", e)

named = threading.Thread(target=worker, args=(5,), name="custom")
named.start(); named.join(timeout=1)
print(results[-1])

class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.out = None
    def run(self):
        self.out = self.value * 2
        print("running in", threading.current_thread() is self)

m = MyThread(21)
m.start(); m.join()
print(m.out)

main = threading.main_thread()
print(main.name, threading.current_thread() is main, main.is_alive())
print(threading.current_thread().name)
print(threading.active_count() >= 1, main in threading.enumerate())
print(isinstance(threading.get_ident(), int))

def joins_itself():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
t = threading.Thread(target=joins_itself)
t.start()
t.join()

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# thread names after the counter
t = threading.Thread()
print(t.name.startswith("Thread-"))
t.start(); t.join()

# a thread sees an empty context
import contextvars
var = contextvars.ContextVar("var", default="default")
var.set("main value")
seen = []
t = threading.Thread(target=lambda: seen.append(var.get()))
t.start(); t.join()
print(seen, var.get())

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start(); tm.join()
print(fired)
tm2 = threading.Timer(0.01, fired.append, args=["never"])
tm2.cancel()
tm2.start()
print(fired)
