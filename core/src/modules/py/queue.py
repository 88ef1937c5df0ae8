"""Synchronized queues (FIFO, LIFO, priority, simple) for threading's green threads.

A blocking get() on an empty queue, put() on a full one or join() with unfinished tasks
waits while the other threads run (see threading); a wait no thread can end raises
RuntimeError instead of blocking forever.
"""

from _collections import deque
import heapq

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Raised by Queue.put(block=0)/put_nowait()."""


Empty.__module__ = '_queue'


def _cannot_wait(what, block, timeout, exc, ready):
    # The queue cannot serve the call now: fail at once (block=False), or let the other
    # threads run until ready() or the timeout (then fail).
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if not block:
        raise exc
    from threading import _wait
    if not _wait(ready, timeout, what):
        raise exc


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks > 0:
            self.unfinished_tasks -= 1
        else:
            raise ValueError('task_done() called too many times')

    def join(self):
        if self.unfinished_tasks:
            from threading import _wait
            _wait(lambda: not self.unfinished_tasks, None, 'Queue.join()')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        limit = self.maxsize
        return limit > 0 and self._qsize() >= limit

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _cannot_wait('Queue.put()', block, timeout, Full,
                         lambda: self._qsize() < self.maxsize)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _cannot_wait('Queue.get()', block, timeout, Empty, self._qsize)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """A Queue retrieving the lowest entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A Queue retrieving the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            _cannot_wait('SimpleQueue.get()', block, timeout, Empty, self.qsize)
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


SimpleQueue.__module__ = '_queue'
