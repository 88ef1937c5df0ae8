"""An event scheduler: run actions at given times, in (time, priority, order) order."""

import heapq as _heap
from collections import namedtuple as _nt
from threading import RLock as _RLock
import time as _time

__all__ = ["scheduler"]

Event = _nt('Event', 'time, priority, sequence, action, argument, kwargs')
for _field, _doc in (
        ('time', 'Numeric type compatible with the return value of the timefunc function '
                 'passed to the constructor.'),
        ('priority', 'Events scheduled for the same time will be executed in the order of '
                     'their priority.'),
        ('sequence', 'A continually increasing sequence number that separates events if '
                     'time and priority are equal.'),
        ('action', 'Executing the event means executing action(*argument, **kwargs)'),
        ('argument', 'argument is a sequence holding the positional arguments for the '
                     'action.'),
        ('kwargs', 'kwargs is a dictionary holding the keyword arguments for the action.')):
    getattr(Event, _field).__doc__ = _doc
del _field, _doc

_NO_KWARGS = object()


class scheduler:
    """Events in a heap, run by run() with timefunc() as the clock and delayfunc(seconds)
    to wait."""

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._queue = []
        self._lock = _RLock()
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at the given time; returns the event."""
        with self._lock:
            ev = Event(time, priority, self._sequence, action, argument,
                       {} if kwargs is _NO_KWARGS else kwargs)
            self._sequence += 1
            _heap.heappush(self._queue, ev)
            return ev

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule the action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not in the queue)."""
        with self._lock:
            self._queue.remove(event)
            _heap.heapify(self._queue)

    def empty(self):
        """Whether no event is scheduled."""
        with self._lock:
            return len(self._queue) == 0

    def run(self, blocking=True):
        """Run the events as they fall due. Without blocking, run those due now and
        return the time until the next one (None when none is left)."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                head = self._queue[0]
                now = self.timefunc()
                due = head.time <= now
                if due:
                    _heap.heappop(self._queue)
            if not due:
                if not blocking:
                    return head.time - now
                self.delayfunc(head.time - now)
                continue
            head.action(*head.argument, **head.kwargs)
            self.delayfunc(0)       # lets other threads run, as CPython's does

    @property
    def queue(self):
        """The scheduled events in the order they will run."""
        with self._lock:
            return sorted(self._queue)
