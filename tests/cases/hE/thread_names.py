import threading, _thread
l=threading.Lock()
for f in [lambda: l < 1, lambda: threading.RLock() < 1, lambda: _thread.start_new_thread(1, 2)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
