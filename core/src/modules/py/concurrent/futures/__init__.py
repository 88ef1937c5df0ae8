"""Run calls asynchronously through executors and get their results as futures.

Under wasipy the executors run each call when it is submitted, in the calling thread (the
interpreter has one thread); see concurrent.futures._base.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = ('FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED CancelledError TimeoutError '
           'BrokenExecutor Future Executor wait as_completed ProcessPoolExecutor '
           'ThreadPoolExecutor').split()
__all__ = tuple(__all__)

_LAZY = {'ThreadPoolExecutor': 'thread', 'ProcessPoolExecutor': 'process'}


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    # The executors' modules are imported on first use, as in CPython.
    sub = _LAZY.get(name)
    if sub is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    cls = getattr(importlib.import_module('concurrent.futures.' + sub), name)
    globals()[name] = cls
    return cls
