import threading, copy, pickle
for o in [threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore(), threading.Event()]:
    try: copy.deepcopy(o); print(type(o).__name__, 'ok')
    except TypeError as e: print(e)
    try: pickle.dumps(o)
    except TypeError as e: print(e)
