"""Low-level thread API over wasipy's threading (threads run to completion at start)."""

from threading import (Lock as LockType, RLock, get_ident, get_native_id, local as _local,
                       stack_size, TIMEOUT_MAX, ExceptHookArgs as _ExceptHookArgs,
                       excepthook as _excepthook, Thread as _Thread)

allocate_lock = LockType
error = RuntimeError


def start_new_thread(function, args, kwargs=None, /):
    """Runs function(*args, **kwargs) to completion; returns its thread identifier."""
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    t = _Thread(target=function, args=args, kwargs=kwargs)
    t.start()
    return t.ident


start_new = start_new_thread


def exit():
    raise SystemExit


def interrupt_main(signum=2, /):
    raise KeyboardInterrupt


def _count():
    return 0


def daemon_threads_allowed():
    return True
