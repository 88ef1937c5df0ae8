"""A generally useful event scheduler class."""

import time
import heapq
import threading
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, self._sequence, action, argument, kwargs)
            self._sequence += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    break
                t, priority, sequence, action, argument, kwargs = q[0]
                now = self.timefunc()
                if t > now:
                    delay = True
                else:
                    delay = False
                    heapq.heappop(q)
            if delay:
                if not blocking:
                    return t - now
                self.delayfunc(t - now)
            else:
                action(*argument, **kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
