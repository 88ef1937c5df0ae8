"""Asynchronous I/O: a single-threaded event loop on the sandbox clock.

There is no network, subprocess or file-descriptor watching: the loop runs callbacks,
timers (call_later, sleep) and tasks. When nothing is ready it sleeps until the next timer
(real time, time.monotonic). If nothing is ready and no timer is pending, nothing could
ever wake the loop up (CPython would block forever): RuntimeError is raised instead.
run_in_executor() and to_thread() call the function at once (there are no threads).
"""

from _collections import deque as _deque
import contextvars
import heapq
import sys
import time
import types
import weakref

__all__ = (
    'run', 'Runner', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait', 'wait_for',
    'as_completed', 'shield', 'timeout', 'timeout_at', 'Timeout', 'TaskGroup', 'Task',
    'Future', 'Handle', 'TimerHandle', 'AbstractEventLoop', 'BaseEventLoop',
    'SelectorEventLoop', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_running_loop', 'current_task', 'all_tasks', 'iscoroutine', 'iscoroutinefunction',
    'isfuture', 'to_thread', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty',
    'QueueFull', 'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'BrokenBarrierError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'get_event_loop_policy',
    'set_event_loop_policy', 'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
    'run_coroutine_threadsafe',
)

# ----- exceptions -----


class CancelledError(BaseException):
    """Raised inside a cancelled task, and by result() of a cancelled future."""


class InvalidStateError(Exception):
    """A Future was used in a state that does not allow it (e.g. result() too early)."""


TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    """sendfile() cannot be used for this transport."""


class IncompleteReadError(EOFError):
    """A stream ended before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of {wanted} '
                          'expected bytes')
        self.partial, self.expected = partial, expected


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted (or reset) while tasks were waiting on it."""


for _c in (CancelledError, InvalidStateError, SendfileNotAvailableError,
           IncompleteReadError, LimitOverrunError, BrokenBarrierError):
    _c.__module__ = 'asyncio.exceptions'

# ----- helpers -----


def iscoroutine(obj):
    """True if obj is a coroutine object."""
    if isinstance(obj, (types.CoroutineType, types.GeneratorType)):
        return True
    t = type(obj)
    return all(hasattr(t, m) for m in ('__await__', 'send', 'throw', 'close'))


def iscoroutinefunction(func):
    """True if func is a coroutine function."""
    while hasattr(func, '__func__'):
        func = func.__func__
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    """True if obj is an asyncio Future (or duck-types one)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _format_args(args, kwargs=None):
    parts = [repr(a) for a in args or ()]
    if kwargs:
        parts += [f'{k}={v!r}' for k, v in kwargs.items()]
    return '(' + ', '.join(parts) + ')'


def _format_callback(cb, args=(), kwargs=None, suffix=''):
    if type(cb).__name__ == 'partial' and hasattr(cb, 'func'):
        return _format_callback(cb.func, cb.args, cb.keywords, _format_args(args, kwargs) + suffix)
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    return name + _format_args(args, kwargs) + suffix


def _format_callback_source(cb, args=()):
    text = _format_callback(cb, args)
    func = cb
    while type(func).__name__ == 'partial' and hasattr(func, 'func'):
        func = func.func
    if isinstance(func, types.FunctionType):
        code = func.__code__
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _coro_repr(coro):
    name = getattr(coro, '__qualname__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if code is None:
        return repr(coro)
    fn = code.co_filename
    if frame is not None:
        return f'{name}() running at {fn}:{frame.f_lineno}'
    return f'{name}() done, defined at {fn}:{code.co_firstlineno}'


# ----- futures -----

_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


# Futures that finished with an exception nobody may retrieve: CPython reports them when
# they are freed; here when their loop's asyncio.run() ends.
_unretrieved = []


def _report_unretrieved(loop):
    left = [f for f in _unretrieved if f._loop is loop]
    _unretrieved[:] = [f for f in _unretrieved if f._loop is not loop]
    for fut in left:
        if fut._log_traceback:
            fut._log_traceback = False
            loop.call_exception_handler({
                'message': f'{type(fut).__name__} exception was never retrieved',
                'exception': fut._exception,
                'future': fut,
            })


class Future:
    """A result that will be available later; awaitable."""

    # class-level defaults; isfuture() looks for _asyncio_future_blocking
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _cancel_message = None
    _cancelled_exc = None    # the CancelledError a task's coroutine ended with

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._callbacks = []

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        words = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is None:
                words.append(f'result={self._result!r}')
            else:
                words.append(f'exception={self._exception!r}')
        if self._callbacks:
            shown = [_format_callback_source(fn) for fn, _ in self._callbacks]
            if len(shown) > 2:
                shown[1:-1] = [f'<{len(shown) - 2} more>']
            words.append('cb=[%s]' % ', '.join(shown))
        return words

    def get_loop(self):
        return self._loop

    def _cancellation(self):
        """The CancelledError to raise for this (cancelled) future."""
        stored, self._cancelled_exc = self._cancelled_exc, None
        if stored is not None:
            return stored
        return CancelledError(*(() if self._cancel_message is None else (self._cancel_message,)))

    def _conclude(self, state, result=None, exception=None, message=None):
        # record the outcome and schedule the done callbacks
        self._state = state
        if state == _CANCELLED:
            self._cancel_message = message
        else:
            self._result, self._exception = result, exception
        waiting, self._callbacks[:] = self._callbacks[:], []
        for fn, ctx in waiting:
            self._loop.call_soon(fn, self, context=ctx)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._conclude(_CANCELLED, message=msg)
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _outcome(self, what):
        # raise unless there is an outcome; returns the stored exception (or None)
        if self._state == _CANCELLED:
            raise self._cancellation()
        if self._state == _PENDING:
            raise InvalidStateError(f'{what} is not set.')
        self._log_traceback = False
        return self._exception

    def result(self):
        failure = self._outcome('Result')
        if failure is None:
            return self._result
        raise failure.with_traceback(failure.__traceback__)

    def exception(self):
        return self._outcome('Exception')

    def add_done_callback(self, fn, *, context=None):
        if self.done():
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append(
                (fn, contextvars.copy_context() if context is None else context))

    def remove_done_callback(self, fn):
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self.done():
            raise InvalidStateError('invalid state')
        self._conclude(_FINISHED, result=result)

    def set_exception(self, exception):
        if self.done():
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be '
                            'raised into a Future')
        self._conclude(_FINISHED, exception=exception)
        self._log_traceback = True
        _unretrieved.append(self)

    def __await__(self):
        if not self.done():
            # tell the task driving us that it must wait for this future
            self._asyncio_future_blocking = True
            yield self
        if self.done():
            return self.result()
        raise RuntimeError("await wasn't used with future")

    __iter__ = __await__

    __class_getitem__ = classmethod(types.GenericAlias)


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ----- tasks -----

_tasks_made = 0
_unfinished = set()          # tasks not done yet (what all_tasks() reports)
_running_by_loop = {}        # loop -> the task it is stepping right now


class Task(Future):
    """A coroutine wrapped in a Future and run by the event loop."""

    _waiting_on = None        # the future this task is blocked on
    _cancel_pending = False   # cancel() must be delivered at the next step
    _cancel_requests = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            self._log_traceback = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        global _tasks_made
        _tasks_made += 1
        self._name = f'Task-{_tasks_made}' if name is None else str(name)
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _unfinished.add(self)

    def _repr_info(self):
        words = Future._repr_info(self)
        if self._cancel_pending:
            words[0] = 'cancelling'
        words[1:1] = [f'name={self._name!r}', f'coro=<{_coro_repr(self._coro)}>']
        if self._waiting_on is not None:
            words.insert(3, f'wait_for={self._waiting_on!r}')
        return words

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        print(f'No stack for {self!r}', file=file)

    @staticmethod
    def _unsupported(operation):
        raise RuntimeError(f'Task does not support {operation} operation')

    def set_result(self, result):
        self._unsupported('set_result')

    def set_exception(self, exception):
        self._unsupported('set_exception')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._cancel_requests += 1
        blocker = self._waiting_on
        if blocker is not None and blocker.cancel(msg=msg):
            # the CancelledError will come back through the awaited future
            return True
        self._cancel_pending = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests:
            self._cancel_requests -= 1
        return self._cancel_requests

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._cancel_pending:
            self._cancel_pending = False
            if not isinstance(exc, CancelledError):
                exc = self._cancellation()
        self._waiting_on = None
        loop = self._loop
        outer = _running_by_loop.get(loop)
        _running_by_loop[loop] = self
        try:
            self._resume(exc)
        finally:
            if outer is None:
                _running_by_loop.pop(loop, None)
            else:
                _running_by_loop[loop] = outer

    def _resume(self, exc):
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            self._log_traceback = False
            if self._cancel_pending:
                # cancel() came while the coroutine was returning
                self._cancel_pending = False
                self._conclude(_CANCELLED, message=self._cancel_message)
            else:
                self._conclude(_FINISHED, result=stop.value)
        except CancelledError as err:
            self._cancelled_exc = err
            self._log_traceback = False
            self._conclude(_CANCELLED)
        except BaseException as err:
            # CPython steps tasks in C: its traceback starts at the coroutine.
            tb = err.__traceback__
            if (tb is not None and tb.tb_frame.f_code.co_name == "_resume"
                    and tb.tb_frame.f_globals is globals()):
                err.__traceback__ = tb.tb_next
            self._conclude(_FINISHED, exception=err)
            self._log_traceback = True
            _unretrieved.append(self)
            _unfinished.discard(self)
            if isinstance(err, _FATAL):
                raise
        else:
            self._after_yield(yielded)
            return
        _unfinished.discard(self)

    def _after_yield(self, yielded):
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            if yielded is None:
                # a bare yield: let the other callbacks run, then continue
                self._loop.call_soon(self._step, context=self._context)
                return
            if isinstance(yielded, types.GeneratorType):
                problem = ('yield was used instead of yield from for generator in task '
                           f'{self!r} with {yielded!r}')
            else:
                problem = f'Task got bad yield: {yielded!r}'
        elif yielded._loop is not self._loop:
            problem = f'Task {self!r} got Future {yielded!r} attached to a different loop'
        elif not blocking:
            problem = f'yield was used instead of yield from in task {self!r} with {yielded!r}'
        elif yielded is self:
            problem = f'Task cannot await on itself: {self!r}'
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wakeup, context=self._context)
            self._waiting_on = yielded
            if self._cancel_pending and yielded.cancel(msg=self._cancel_message):
                self._cancel_pending = False
            return
        self._loop.call_soon(self._step, RuntimeError(problem), context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


Future.__module__ = Task.__module__ = '_asyncio'


def current_task(loop=None):
    """The Task running in loop (default: the running loop), or None."""
    return _running_by_loop.get(get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The set of not yet finished tasks of loop (default: the running loop)."""
    if loop is None:
        loop = get_running_loop()
    return {task for task in list(_unfinished) if task._loop is loop and not task.done()}


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop; returns its Task."""
    return get_running_loop().create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    """Wraps a coroutine or awaitable in a Task; returns futures unchanged."""
    obj = coro_or_future
    if isfuture(obj):
        if loop is None or loop is obj.get_loop():
            return obj
        raise ValueError('The future belongs to a different loop than the one specified as '
                         'the loop argument')
    if not iscoroutine(obj):
        if not hasattr(type(obj), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _wrap_awaitable(obj)
    return (get_event_loop() if loop is None else loop).create_task(obj)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _YieldOnce:
    # `await _YIELD_ONCE` suspends the task for one loop iteration (a bare yield).
    __slots__ = ()

    def __await__(self):
        yield


_YIELD_ONCE = _YieldOnce()


async def sleep(delay, result=None):
    """Suspends the current task for delay seconds; returns result."""
    if delay > 0:
        loop = get_running_loop()
        alarm = loop.create_future()
        timer = loop.call_later(delay, _set_result_unless_cancelled, alarm, result)
        try:
            return await alarm
        finally:
            timer.cancel()
    await _YIELD_ONCE
    return result


class _GatheringFuture(Future):
    # the future gather() returns: cancelling it cancels every child

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hits = [child.cancel(msg=msg) for child in self._children]
        if any(hits):
            self._cancel_requested = True
            return True
        return False


def gather(*aws, return_exceptions=False):
    """Runs awaitables concurrently; the result is the list of their results."""
    if not aws:
        nothing = get_event_loop().create_future()
        nothing.set_result([])
        return nothing
    # an awaitable passed more than once is run once (keyed by identity)
    distinct = {}
    children = []
    loop = None
    for arg in aws:
        child = distinct.get(id(arg))
        if child is None:
            child = ensure_future(arg, loop=loop)
            loop = child.get_loop()
            if child is not arg:
                child._log_traceback = False
            distinct[id(arg)] = child
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    outstanding = [len(distinct)]

    def collect():
        values = []
        for child in children:
            if child.cancelled():
                values.append(child._cancellation())
            else:
                failure = child.exception()
                values.append(child.result() if failure is None else failure)
        return values

    def on_child_done(child):
        outstanding[0] -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()      # counts as retrieved
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancellation())
                return
            failure = child.exception()
            if failure is not None:
                outer.set_exception(failure)
                return
        if outstanding[0]:
            return
        values = collect()
        if outer._cancel_requested:
            outer.set_exception(child._cancellation())
        else:
            outer.set_result(values)

    for child in distinct.values():
        child.add_done_callback(on_child_done)
    return outer


def shield(arg):
    """Protects an awaitable from cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def relay(done):
        if outer.cancelled():
            if not done.cancelled():
                done.exception()
        elif done.cancelled():
            outer.cancel()
        elif done.exception() is not None:
            outer.set_exception(done.exception())
        else:
            outer.set_result(done.result())

    def detach(_):
        if not inner.done():
            inner.remove_done_callback(relay)

    inner.add_done_callback(relay)
    outer.add_done_callback(detach)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_WAIT_MODES = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for futures/tasks; returns the (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _WAIT_MODES:
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(map(iscoroutine, fs)):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    unfinished = [len(fs)]

    def satisfied(f):
        if return_when == FIRST_COMPLETED or unfinished[0] <= 0:
            return True
        return (return_when == FIRST_EXCEPTION and not f.cancelled()
                and f.exception() is not None)

    def on_done(f):
        unfinished[0] -= 1
        if satisfied(f):
            if timer is not None:
                timer.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    finished = {f for f in fs if f.done()}
    return finished, fs - finished


async def _cancel_and_wait(fut):
    # cancel fut and wait until it has really finished
    settled = get_running_loop().create_future()

    def on_done(_):
        _release_waiter(settled)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(on_done)


def _result_or_timeout(fut):
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def wait_for(fut, timeout):
    """Waits for an awaitable with a timeout; cancels it and raises TimeoutError."""
    if timeout is None:
        return await fut
    fut = ensure_future(fut)
    if timeout <= 0:
        if not fut.done():
            await _cancel_and_wait(fut)
            return _result_or_timeout(fut)
        return fut.result()
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(_):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            # we were cancelled ourselves: take fut down with us (unless done)
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut)
        return _result_or_timeout(fut)
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    """Iterator of coroutines whose results arrive in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    outstanding = {ensure_future(f) for f in set(fs)}
    loop = get_event_loop()
    finished = _deque()
    consumers = _deque()
    timer = None

    def wake_one():
        while consumers:
            consumer = consumers.popleft()
            if not consumer.done():
                consumer.set_result(None)
                return

    def give_up():
        for f in outstanding:
            f.remove_done_callback(arrived)
        while consumers:
            _release_waiter(consumers.popleft())
        outstanding.clear()

    def arrived(f):
        if not outstanding:
            return
        outstanding.discard(f)
        finished.append(f)
        wake_one()
        if timer is not None and not outstanding:
            timer.cancel()

    async def next_result():
        if not finished:
            ready = loop.create_future()
            consumers.append(ready)
            await ready
        if finished:
            return finished.popleft().result()
        raise TimeoutError

    for f in outstanding:
        f.add_done_callback(arrived)
    if timeout is not None and outstanding:
        timer = loop.call_later(timeout, give_up)
    for _ in range(len(outstanding)):
        yield next_result()


async def to_thread(func, /, *args, **kwargs):
    """Calls func(*args, **kwargs) in the current context (no threads: at once)."""
    return contextvars.copy_context().run(func, *args, **kwargs)


def run_coroutine_threadsafe(coro, loop):
    raise RuntimeError('run_coroutine_threadsafe() needs threads, which are not available')


# ----- timeouts (3.11) -----


class Timeout:
    """Async context manager cancelling the enclosed block at a deadline."""

    def __init__(self, when):
        self._phase = 'created'
        self._timer = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._phase != 'active':
            raise RuntimeError(f'Cannot change state of {self._phase} Timeout')
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is not None:
            loop = get_running_loop()
            if when > loop.time():
                self._timer = loop.call_at(when, self._expire)
            else:
                self._timer = loop.call_soon(self._expire)

    def expired(self):
        return self._phase in ('expiring', 'expired')

    def __repr__(self):
        extra = f' when={self._when!r}' if self._phase == 'active' else ''
        return f'<Timeout [{self._phase}]{extra}>'

    async def __aenter__(self):
        self._phase = 'active'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._baseline = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._phase == 'expiring':
            self._phase = 'expired'
            # only our own cancellation turns into TimeoutError
            ours = self._task.uncancel() <= self._baseline
            if ours and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._phase == 'active':
            self._phase = 'finished'
        return None

    def _expire(self):
        self._task.cancel()
        self._phase = 'expiring'
        self._timer = None


def timeout(delay):
    """Timeout context manager: the block is cancelled after delay seconds (None: never)."""
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    """Timeout context manager with an absolute deadline in loop.time() terms."""
    return Timeout(when)


# ----- task groups (3.11) -----


def _is_fatal(exc):
    return isinstance(exc, _FATAL)


class TaskGroup:
    """Async context manager holding a group of tasks; waits for all of them on exit."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent = None
        self._cancelled_parent = False
        self._tasks = set()
        self._errors = []
        self._fatal = None
        self._all_done = None

    def __repr__(self):
        words = ['']
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup%s>' % ' '.join(words)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        self._loop = self._loop or get_running_loop()
        self._parent = current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        reraise_cancel = exc if et is CancelledError else None
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as err:
                # the parent was cancelled from outside while we waited
                if not self._aborting:
                    reraise_cancel = err
                    self._abort()
            self._all_done = None
        if self._fatal is not None:
            raise self._fatal
        if self._cancelled_parent and self._parent.uncancel() == 0:
            # we cancelled the parent ourselves: that cancellation is ours to absorb
            reraise_cancel = None
        if reraise_cancel is not None and not self._errors:
            raise reraise_cancel
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            failures, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', failures) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        else:
            task = self._loop.create_task(coro, name=name, context=context)
            if task.done():
                self._child_done(task)
            else:
                self._tasks.add(task)
                task.add_done_callback(self._child_done)
            return task
        raise RuntimeError(f'TaskGroup {self!r} {problem}')

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _child_done(self, task):
        self._tasks.discard(task)
        waiter = self._all_done
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        failure = task.exception()
        if failure is None:
            return
        self._errors.append(failure)
        if _is_fatal(failure) and self._fatal is None:
            self._fatal = failure
        if self._parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task '
                           f'{self._parent} is already completed',
                'exception': failure,
                'task': task,
            })
        elif not (self._aborting or self._cancelled_parent):
            # first failure: stop the siblings and interrupt the parent
            self._abort()
            self._cancelled_parent = True
            self._parent.cancel()


# ----- the event loop -----


class Handle:
    """A callback scheduled by call_soon(); cancel() unschedules it."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback, self._args, self._loop = callback, args, loop
        self._context = contextvars.copy_context() if context is None else context
        self._cancelled = False

    def _repr_info(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        if self._callback is not None:
            words.append(_format_callback_source(self._callback, self._args))
        return words

    def __repr__(self):
        return '<%s>' % ' '.join(self._repr_info())

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        # drop the references so whatever they keep alive can go
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        callback, args = self._callback, self._args
        try:
            self._context.run(callback, *args)
        except _FATAL:
            raise
        except BaseException as exc:
            where = _format_callback_source(callback, args)
            self._loop.call_exception_handler(
                dict(message='Exception in callback ' + where, exception=exc, handle=self))


# exceptions that are never swallowed by the loop's error handling
_FATAL = (SystemExit, KeyboardInterrupt)


class TimerHandle(Handle):
    """A callback scheduled by call_later()/call_at()."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        words = Handle._repr_info(self)
        words.insert(1 + self._cancelled, f'when={self._when}')
        return words

    # timers order by due time (the loop keeps them in a heap)
    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        mine = (self._when, self._callback, self._args, self._cancelled)
        return mine == (other._when, other._callback, other._args, other._cancelled)

    __hash__ = Handle.__hash__

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled and self._scheduled:
            self._loop._stale_timers += 1
        Handle.cancel(self)


Handle.__module__ = TimerHandle.__module__ = 'asyncio.events'

_running_loop = None


class AbstractEventLoop:
    """Abstract event loop interface."""


class BaseEventLoop(AbstractEventLoop):
    """The event loop: ready callbacks, timers and tasks."""

    def __init__(self):
        self._ready = _deque()       # handles to run on the next iteration
        self._timers = []            # heap of TimerHandles
        self._stale_timers = 0       # cancelled handles still in the heap
        self._stop_requested = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._live_asyncgens = weakref.WeakSet()

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def _ensure_open(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def time(self):
        return time.monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._ensure_open()
        factory = self._task_factory
        if factory is None:
            return Task(coro, loop=self, name=name, context=context)
        extra = {} if context is None else {'context': context}
        task = factory(self, coro, **extra)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def call_soon(self, callback, *args, context=None):
        self._ensure_open()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._ensure_open()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._timers, timer)
        timer._scheduled = True
        return timer

    def run_in_executor(self, executor, func, *args):
        # no threads: the call happens now and the future is already done
        self._ensure_open()
        outcome = self.create_future()
        try:
            value = func(*args)
        except BaseException as exc:
            outcome.set_exception(exc)
        else:
            outcome.set_result(value)
        return outcome

    def set_default_executor(self, executor):
        return None

    def stop(self):
        self._stop_requested = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if not self._closed:
            self._closed = True
            self._ready.clear()
            self._timers.clear()

    def run_forever(self):
        global _running_loop
        self._ensure_open()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        saved_hooks = None
        if hasattr(sys, 'set_asyncgen_hooks'):
            saved_hooks = sys.get_asyncgen_hooks()
            sys.set_asyncgen_hooks(self._live_asyncgens.add, self._asyncgen_finalize)
        self._running = True
        _running_loop = self
        try:
            # at least one pass, even when stop() was called beforehand
            self._iterate()
            while not self._stop_requested:
                self._iterate()
        finally:
            self._stop_requested = self._running = False
            _running_loop = None
            if saved_hooks is not None:
                sys.set_asyncgen_hooks(*saved_hooks)

    def _asyncgen_finalize(self, agen):
        self._live_asyncgens.discard(agen)
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._ensure_open()
        wrapped = not isfuture(future)
        future = ensure_future(future, loop=self)
        if wrapped:
            future._log_traceback = False

        def halt(done):
            done.get_loop().stop()

        future.add_done_callback(halt)
        try:
            self.run_forever()
        except BaseException:
            if wrapped and future.done() and not future.cancelled():
                future.exception()   # mark the error as retrieved
            raise
        finally:
            future.remove_done_callback(halt)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def _prune_timers(self):
        heap = self._timers
        if self._stale_timers and 2 * self._stale_timers > len(heap):
            # mostly dead: rebuild the heap from the live timers
            heap[:] = [t for t in heap if not t._cancelled]
            heapq.heapify(heap)
            self._stale_timers = 0
        while heap and heap[0]._cancelled:
            heapq.heappop(heap)._scheduled = False
            self._stale_timers -= 1

    def _iterate(self):
        """One pass: wait for the next timer if idle, then run what is due."""
        self._prune_timers()
        heap = self._timers
        if not self._ready and not self._stop_requested:
            if not heap:
                raise RuntimeError('Event loop is idle: nothing is scheduled and no thread or '
                                   'I/O can wake it up (CPython would block forever)')
            delay = heap[0]._when - self.time()
            if delay > 0:
                time.sleep(delay)
        now = self.time()
        while heap and heap[0]._when <= now:
            due = heapq.heappop(heap)
            due._scheduled = False
            self._ready.append(due)
        # only what is ready now; callbacks scheduled meanwhile wait for the next pass
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    async def shutdown_asyncgens(self):
        gens = list(self._live_asyncgens)
        self._live_asyncgens.clear()
        if not gens:
            return
        outcomes = await gather(*[g.aclose() for g in gens], return_exceptions=True)
        for gen, outcome in zip(gens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of asynchronous generator '
                               f'{gen!r}',
                    'exception': outcome,
                    'asyncgen': gen,
                })

    async def shutdown_default_executor(self):
        return None

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        exc = context.get('exception')
        text = [context.get('message') or 'Unhandled exception in event loop']
        text += [f'{key}: {context[key]!r}' for key in sorted(context)
                 if key not in ('message', 'exception')]
        report = '\n'.join(text)
        if exc is not None:
            import traceback
            details = traceback.format_exception(type(exc), exc, exc.__traceback__)
            report += '\n' + ''.join(details).rstrip('\n')
        print(report, file=sys.stderr)

    def call_exception_handler(self, context):
        custom = self._exception_handler
        try:
            if custom is None:
                self.default_exception_handler(context)
                return
            try:
                custom(self, context)
            except _FATAL:
                raise
            except BaseException as exc:
                # the handler itself failed: report that through the default one
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
        except _FATAL:
            raise
        except BaseException:
            pass


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop
for _c in (AbstractEventLoop, BaseEventLoop, _UnixSelectorEventLoop):
    _c.__module__ = 'asyncio.unix_events'


class AbstractEventLoopPolicy:
    """Interface of event loop policies."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Policy with one event loop for the (only) thread."""

    def __init__(self):
        self._loop = None
        self._loop_was_set = False

    def get_event_loop(self):
        if self._loop is None:
            if self._loop_was_set:
                raise RuntimeError("There is no current event loop in thread 'MainThread'.")
            self.set_event_loop(self.new_event_loop())
        return self._loop

    def set_event_loop(self, loop):
        self._loop_was_set = True
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError('loop must be an instance of AbstractEventLoop or None, '
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = None


def get_event_loop_policy():
    """The current event loop policy (a DefaultEventLoopPolicy unless set)."""
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Install policy (None: back to the default)."""
    global _policy
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError('policy must be an instance of AbstractEventLoopPolicy or None, '
                        f"not '{type(policy).__name__}'")
    _policy = policy


def get_running_loop():
    """The running event loop; RuntimeError if there is none."""
    if _running_loop is not None:
        return _running_loop
    raise RuntimeError('no running event loop')


def _get_running_loop():
    return _running_loop


def get_event_loop():
    """The running loop, else the policy's current loop (created on first use)."""
    if _running_loop is None:
        return get_event_loop_policy().get_event_loop()
    return _running_loop


def set_event_loop(loop):
    """Make loop the current loop of the policy."""
    return get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy."""
    return get_event_loop_policy().new_event_loop()


# ----- runners -----


class Runner:
    """Runs coroutines in one event loop (asyncio.run() runs one with a fresh Runner)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._factory = loop_factory
        self._loop = None
        self._context = None
        self._owns_current_loop = False

    def __enter__(self):
        self._start()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            for finisher in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(finisher())
        finally:
            _report_unretrieved(loop)
            if self._owns_current_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._start()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._start()
        task = self._loop.create_task(coro, context=self._context if context is None else context)
        return self._loop.run_until_complete(task)

    def _start(self):
        if self._state == 'initialized':
            return
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._factory is not None:
            self._loop = self._factory()
        else:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
            self._owns_current_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = 'initialized'


def run(main, *, debug=None):
    """Runs the coroutine main in a new event loop and closes the loop."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    leftovers = all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled() or task.exception() is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': task.exception(),
            'task': task,
        })


# ----- synchronization primitives -----


async def _park(waiters, on_cancel=None):
    """Wait on a new future kept in waiters until someone resolves it."""
    slot = get_running_loop().create_future()
    waiters.append(slot)
    try:
        try:
            return await slot
        finally:
            waiters.remove(slot)
    except CancelledError:
        if on_cancel is not None:
            on_cancel(slot)
        raise


def _describe_prim(obj, status, waiters):
    if waiters:
        status += f', waiters:{len(waiters)}'
    kind = type(obj)
    return f'<{kind.__module__}.{kind.__qualname__} object at {id(obj):#x} [{status}]>'


class _AcquireRelease:
    # `async with prim:` acquires on entry and releases on exit

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_AcquireRelease):
    """A mutex for tasks."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _describe_prim(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    def _free(self):
        # nobody holds the lock and nobody still waiting is ahead of us
        return not self._locked and all(w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        if not self._free():
            if self._waiters is None:
                self._waiters = _deque()

            def given_up(slot):
                if not self._locked:
                    self._wake_first()
            await _park(self._waiters, given_up)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        # only the head of the line is woken (if it is still waiting)
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event:
    """A flag tasks can wait for."""

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return _describe_prim(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for slot in self._waiters:
            if not slot.done():
                slot.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await _park(self._waiters)
        return True


class Condition(_AcquireRelease):
    """Tasks wait until notified; holds a Lock."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        # the lock's own methods serve as the condition's
        self.locked, self.acquire, self.release = (
            self._lock.locked, self._lock.acquire, self._lock.release)
        self._waiters = _deque()

    def __repr__(self):
        return _describe_prim(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    def _require_lock(self, action):
        if not self.locked():
            raise RuntimeError(f'cannot {action} on un-acquired lock')

    async def wait(self):
        self._require_lock('wait')
        self.release()
        try:
            await _park(self._waiters)
            return True
        finally:
            # take the lock back whatever happens; a cancellation that arrives
            # meanwhile is re-raised once the lock is held again
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        self._require_lock('notify')
        woken = 0
        for slot in self._waiters:
            if woken >= n:
                break
            if not slot.done():
                slot.set_result(False)
                woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AcquireRelease):
    """A counter of available slots; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        status = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _describe_prim(self, status, self._waiters)

    def locked(self):
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()

        def given_up(slot):
            # woken (and charged for) just before the cancellation: hand it back
            if slot.done() and not slot.cancelled():
                self._value += 1
        try:
            await _park(self._waiters, given_up)
        finally:
            while self._value > 0 and self._pass_on():
                pass
        return True

    def release(self):
        self._value += 1
        self._pass_on()

    def _pass_on(self):
        for slot in self._waiters or ():
            if not slot.done():
                self._value -= 1
                slot.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value < self._bound_value:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier:
    """Makes `parties` tasks wait until all of them have called wait()."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        status = self._state
        if not self.broken:
            status += f', waiters:{self.n_waiting}/{self.parties}'
        return _describe_prim(self, status, None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    def _check_broken(self):
        if self._state == _BROKEN:
            raise BrokenBarrierError('Barrier aborted')

    async def wait(self):
        async with self._cond:
            # a previous round must finish draining (or resetting) first
            await self._cond.wait_for(lambda: self._state in (_FILLING, _BROKEN))
            self._check_broken()
            position = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise BrokenBarrierError('Barrier aborted')
                return position
            finally:
                self._count -= 1
                if not self._count and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._state = _RESETTING if self._count else _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count if self._state == _FILLING else 0)
    broken = property(lambda self: self._state == _BROKEN)


for _c in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier):
    _c.__module__ = 'asyncio.locks'

# ----- queues -----


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full Queue."""


class Queue:
    """A FIFO queue for tasks; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # storage hooks, overridden by the LIFO and priority variants
    def _init(self, maxsize):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    @staticmethod
    def _wakeup_next(waiters):
        while waiters:
            slot = waiters.popleft()
            if not slot.done():
                slot.set_result(None)
                return

    async def _wait_while(self, blocked, waiters):
        # Sleep in waiters until blocked() turns false. Whoever gives up after
        # being woken passes the wake-up on to the next waiter.
        while blocked():
            slot = get_running_loop().create_future()
            waiters.append(slot)
            try:
                await slot
            except BaseException:
                slot.cancel()
                if slot in waiters:
                    waiters.remove(slot)
                if not blocked() and not slot.cancelled():
                    self._wakeup_next(waiters)
                raise

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        for label, waiters in (('_getters', self._getters), ('_putters', self._putters)):
            if waiters:
                parts.append(f'{label}[{len(waiters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(types.GenericAlias)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if not self._unfinished_tasks > 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._finished.wait()


def _list_storage(self, maxsize):
    self._queue = []


class PriorityQueue(Queue):
    """A Queue retrieving the lowest entry first (heapq order)."""

    _init = _list_storage

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue retrieving the most recently added entry first."""

    _init = _list_storage

    def _get(self):
        return self._queue.pop()


for _c in (QueueEmpty, QueueFull, Queue, PriorityQueue, LifoQueue):
    _c.__module__ = 'asyncio.queues'
del _c
