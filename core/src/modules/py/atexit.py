"""Register functions to be called at interpreter exit."""

_handlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered."""
    _handlers[:] = [h for h in _handlers if not h[0] == func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    # Last registered, first run; an exception is reported and the others still run.
    # Callbacks registered meanwhile are not run (the list is cleared at the end).
    todo = _handlers[:]
    while todo:
        func, args, kwargs = todo.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            import traceback
            try:
                sys.stdout.flush()
            except Exception:
                pass
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            # (this module's frames are left out of tracebacks, as CPython's C atexit has none)
            traceback.print_exception(type(exc), exc, exc.__traceback__,
                                      file=sys.stderr)
    _clear()
