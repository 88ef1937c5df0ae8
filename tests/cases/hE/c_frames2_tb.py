# compare: stderr
# Library calls CPython implements in C leave no frames in a traceback.
import traceback
import threading
import _thread
import atexit
import contextvars

cases = [
    lambda: threading.Lock().release(),
    lambda: _thread.allocate_lock().release(),
    lambda: threading.RLock().release(),
    lambda: threading.Lock().acquire(timeout=-5),
    lambda: threading.Lock().acquire(False, 1),
    lambda: atexit.register(5),
    lambda: contextvars.ContextVar('v').get(),
    lambda: contextvars.copy_context().run(lambda: 1 / 0),
    lambda: contextvars.ContextVar('v').reset(None),
]
for c in cases:
    try:
        c()
    except Exception as e:
        if isinstance(e, LookupError):
            print('LookupError')
            continue
        traceback.print_exc()
var = contextvars.ContextVar('name', default='x')
tok = var.set('y')
var.reset(tok)
var.reset('tok')
