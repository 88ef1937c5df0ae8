"""ProcessPoolExecutor: the sandbox has no processes, so each call runs when submitted,
in the calling thread (arguments and results are not pickled)."""

import os

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process died: the pool cannot run anything."""


class ProcessPoolExecutor(_base._RunNowExecutor):

    _broken_class = BrokenProcessPool
    _broken_message = ('A child process terminated abruptly, the process pool is not '
                       'usable anymore')

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        super().__init__(initializer, initargs)
        self._max_workers = max_workers or os.cpu_count() or 1

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
