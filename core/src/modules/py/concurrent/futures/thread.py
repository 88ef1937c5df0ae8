"""ThreadPoolExecutor: up to max_workers worker threads (threading's green threads) take
the submitted calls in order; a worker is started at submit() unless one is idle."""

import collections
import itertools
import os
import threading

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot run anything."""


_pool_numbers = itertools.count()


class ThreadPoolExecutor(_base._RunNowExecutor):

    _broken_class = BrokenThreadPool
    _broken_message = 'A thread initializer failed, the thread pool is not usable anymore'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        workers = min(32, (os.cpu_count() or 1) + 4) if max_workers is None else max_workers
        if workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        super().__init__(initializer, initargs)
        self._max_workers = workers
        if not thread_name_prefix:
            thread_name_prefix = f'ThreadPoolExecutor-{next(_pool_numbers)}'
        self._thread_name_prefix = thread_name_prefix
        self._threads = set()
        self._work = collections.deque()
        self._idle = 0
        # Each worker runs the initializer (the base class would run it once).
        self._init, self._setup = self._setup, None

    def _run(self, future, fn, args, kwargs):
        self._work.append((future, fn, args, kwargs))
        if self._idle:
            self._idle -= 1
            return
        if len(self._threads) < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, len(self._threads)),
                                 target=self._worker)
            self._threads.add(t)
            t.start()

    def _worker(self):
        if self._init is not None:
            init, init_args = self._init
            try:
                init(*init_args)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                # submit() fails the pending future.
                self._broken = self._broken_message
                self._work.clear()
                return
        while True:
            threading._wait(lambda: self._work or self._shutdown)
            if not self._work:
                return
            future, fn, args, kwargs = self._work.popleft()
            _base._RunNowExecutor._run(self, future, fn, args, kwargs)
            self._idle += 1

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while self._work:
                self._work.popleft()[0].cancel()
        if wait:
            for t in list(self._threads):
                t.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
