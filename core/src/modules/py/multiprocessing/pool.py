"""Pools for the sandbox: the work is done in the caller, when it is submitted."""

import itertools
import os

__all__ = ['Pool', 'ThreadPool']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


RUN, CLOSE, TERMINATE = 0, 1, 2


class ApplyResult:
    """The (already computed) outcome of an apply_async or map_async call."""

    def __init__(self, func, callback=None, error_callback=None):
        try:
            self._value = func()
            self._success = True
        except Exception as e:
            self._value = e
            self._success = False
        if self._success and callback is not None:
            callback(self._value)
        if not self._success and error_callback is not None:
            error_callback(self._value)

    def ready(self):
        return True

    def successful(self):
        return self._success

    def wait(self, timeout=None):
        pass

    def get(self, timeout=None):
        if self._success:
            return self._value
        raise self._value


AsyncResult = ApplyResult
MapResult = ApplyResult


class Pool:
    """A pool of workers: map/apply and their async forms call the function here."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = RUN
        if initializer is not None:
            initializer(*initargs)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        self._check_running()
        return func(*args, **kwds)

    def map(self, func, iterable, chunksize=None):
        self._check_running()
        return list(map(func, iterable))

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        return list(itertools.starmap(func, iterable))

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        return iter(list(map(func, iterable)))

    def imap_unordered(self, func, iterable, chunksize=1):
        return self.imap(func, iterable, chunksize)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        return ApplyResult(lambda: func(*args, **kwds), callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return ApplyResult(lambda: list(map(func, iterable)), callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        self._check_running()
        return ApplyResult(lambda: list(itertools.starmap(func, iterable)), callback,
                           error_callback)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        state = ('RUN', 'CLOSE', 'TERMINATE')[self._state]
        return '<%s.%s state=%s pool_size=%d>' % (type(self).__module__,
                                                  type(self).__qualname__, state,
                                                  self._processes)


class ThreadPool(Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
