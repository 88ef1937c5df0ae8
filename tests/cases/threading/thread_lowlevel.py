import _thread
import threading

out = []
def f(a, b=0):
    out.append(a + b)
ident = _thread.start_new_thread(f, (1,), {"b": 2})
import time
time.sleep(0.1)
print(out, isinstance(ident, int))
try:
    _thread.start_new_thread(f, [1])
except TypeError as e:
    print("TypeError:", e)
lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
print(type(lock) is _thread.LockType, _thread.error is RuntimeError)
print(_thread.get_ident() == threading.get_ident())
r = _thread.RLock()
with r, r:
    print("rlock nested ok")
print(type(threading.Lock()).__name__, type(threading.RLock()).__name__)
print(type(threading.local()).__name__)
