"""ThreadPoolExecutor: each call runs at once, in a worker Thread object that runs to
completion (see threading)."""

import itertools
import os
import threading

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base._RunNowExecutor):

    _counter = itertools.count().__next__
    _broken_class = BrokenThreadPool
    _broken_message = 'A thread initializer failed, the thread pool is not usable anymore'

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        super().__init__(initializer, initargs)
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._threads = set()

    def _run(self, future, fn, args, kwargs):
        t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, 0),
                             target=super()._run, args=(future, fn, args, kwargs))
        t.start()

    def _shutdown_message(self):
        return 'cannot schedule new futures after shutdown'
