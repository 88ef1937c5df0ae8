"""Futures, the executor interface, wait() and as_completed().

Waiting for a future lets threading's green threads run (see threading); a wait that no
thread can end raises RuntimeError instead of blocking forever.
"""

import collections
import itertools
import logging
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'
_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]
_STATE_TO_DESCRIPTION_MAP = {s: s.split('_')[0].lower() for s in _FUTURE_STATES}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# What wait() and as_completed() count as completed (a cancelled future counts once an
# executor has seen the cancellation).
_COMPLETED = (CANCELLED_AND_NOTIFIED, FINISHED)

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base of the exceptions about futures."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run anything."""


_finish_order = itertools.count()


def _wait_until(pred, timeout, what):
    # True once pred() holds; False if the timeout passed first.
    import threading
    return threading._wait(pred, timeout, what)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures to complete; returns the (done, not_done) sets."""
    fs = set(fs)

    def partition():
        done = {f for f in fs if f._state in _COMPLETED}
        return DoneAndNotDoneFutures(done, fs - done)

    result = partition()
    if not result.not_done:
        return result
    if return_when == FIRST_COMPLETED and result.done:
        return result
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in result.done):
        return result
    if return_when == FIRST_COMPLETED:
        def ready():
            return any(f._state in _COMPLETED for f in fs)
    elif return_when == FIRST_EXCEPTION:
        def ready():
            return all(f._state in _COMPLETED for f in fs) or any(
                f._state == FINISHED and f._exception is not None for f in fs)
    else:
        def ready():
            return all(f._state in _COMPLETED for f in fs)
    _wait_until(ready, timeout, 'wait()')
    return partition()


def as_completed(fs, timeout=None):
    """Yield the futures as they complete (the completed ones first)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    ready = [f for f in fs if f._state in _COMPLETED]
    waiting = fs.difference(ready)
    del fs
    while ready:
        yield ready.pop()
    while waiting:
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not _wait_until(lambda: any(f._state in _COMPLETED for f in waiting), left,
                           'as_completed()'):
            raise TimeoutError('%d (of %d) futures unfinished' % (len(waiting), total))
        late = sorted((f for f in waiting if f._state in _COMPLETED),
                      key=lambda f: f._order)
        waiting.difference_update(late)
        for f in late:
            yield f


class Future(object):
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        head = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                         _STATE_TO_DESCRIPTION_MAP[self._state])
        if self._state != FINISHED:
            return head + '>'
        if self._exception:
            return '%s raised %s>' % (head, type(self._exception).__name__)
        return '%s returned %s>' % (head, type(self._result).__name__)

    def _call(self, fn):
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _finish(self, state):
        self._state = state
        self._order = next(_finish_order)
        for fn in self._done_callbacks:
            self._call(fn)

    def cancel(self):
        """Cancel the future unless it is running or done; True if it is cancelled."""
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state == PENDING:
            self._finish(CANCELLED)
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it already is)."""
        if self.done():
            self._call(fn)
        else:
            self._done_callbacks.append(fn)

    def _settle(self, timeout):
        # The future's outcome, waiting (sleeping) up to timeout for it.
        if self._state not in _DONE_STATES:
            _wait_until(lambda: self._state in _DONE_STATES, timeout, 'Future.result()')
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value; raises what the call raised."""
        self._settle(timeout)
        exc = self._exception
        if exc is None:
            return self._result
        try:
            raise exc
        finally:
            exc = self = None

    def exception(self, timeout=None):
        """The exception the call raised, or None."""
        self._settle(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: False if the future was cancelled, else mark it running."""
        if self._state == PENDING:
            self._state = RUNNING
            return True
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def _complete(self, result, exception):
        if self._state in _DONE_STATES:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._exception = exception
        self._finish(FINISHED)

    def set_result(self, result):
        """For executors: the call returned result."""
        self._complete(result, None)

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._complete(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """Base class of the executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns a Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls made by the executor."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            pending = futures[::-1]
            try:
                while pending:
                    fut = pending.pop()
                    try:
                        if deadline is None:
                            yield fut.result()
                        else:
                            yield fut.result(deadline - time.monotonic())
                    finally:
                        fut.cancel()
                        del fut
            finally:
                for fut in pending:
                    fut.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _RunNowExecutor(Executor):
    """Runs each submitted call at once; the base of both pools."""

    _broken_class = BrokenExecutor
    _broken_message = 'the executor is not usable anymore'

    def __init__(self, initializer, initargs):
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._setup = (initializer, initargs) if initializer is not None else None
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise self._broken_class(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        self._run(future, fn, args, kwargs)
        if self._broken:
            future.set_exception(self._broken_class(self._broken))
        return future

    submit.__doc__ = Executor.submit.__doc__

    def _run(self, future, fn, args, kwargs):
        if self._setup is not None:
            init, init_args = self._setup
            self._setup = None
            try:
                init(*init_args)
            except BaseException:
                LOGGER.critical('Exception in initializer:', exc_info=True)
                self._broken = self._broken_message
                return
        if future.set_running_or_notify_cancel():
            try:
                value = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
                future = exc = None
            else:
                future.set_result(value)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    shutdown.__doc__ = Executor.shutdown.__doc__
