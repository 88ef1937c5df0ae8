"""ThreadPoolExecutor: each call runs when submitted, inside a worker Thread object (which
runs to completion at start(), see threading)."""

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

    def _run(self, future, fn, args, kwargs):
        worker = threading.Thread(name=self._thread_name_prefix + '_0',
                                  target=super()._run, args=(future, fn, args, kwargs))
        worker.start()
