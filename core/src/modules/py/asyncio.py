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
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


class IncompleteReadError(EOFError):
    """Incomplete read error."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


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

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that will be available later; awaitable."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _cancel_message = None
    _cancelled_exc = None

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        if self._callbacks:
            cbs = [_format_callback_source(cb) for cb, _ in self._callbacks]
            if len(cbs) > 2:
                cbs = [cbs[0], f'<{len(cbs) - 2} more>', cbs[-1]]
            info.append(f'cb=[{", ".join(cbs)}]')
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        cbs = self._callbacks[:]
        if not cbs:
            return
        self._callbacks[:] = []
        for cb, ctx in cbs:
            self._loop.call_soon(cb, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        keep = [(f, c) for f, c in self._callbacks if f != fn]
        n = len(self._callbacks) - len(keep)
        if n:
            self._callbacks[:] = keep
        return n

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    __class_getitem__ = classmethod(types.GenericAlias)


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ----- tasks -----

_task_counter = 0
_all_tasks = set()
_current_tasks = {}


class Task(Future):
    """A coroutine wrapped in a Future and run by the event loop."""

    _fut_waiter = None
    _must_cancel = False
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_traceback = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        global _task_counter
        _task_counter += 1
        if name is None:
            name = f'Task-{_task_counter}'
        self._name = str(name)
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _all_tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_coro_repr(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

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

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        prev = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            self._step_run(exc)
        finally:
            if prev is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = prev
        self = None

    def _step_run(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
            _all_tasks.discard(self)
        except CancelledError as e:
            self._cancelled_exc = e
            Future.cancel(self)
            _all_tasks.discard(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            _all_tasks.discard(self)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
            _all_tasks.discard(self)
        else:
            self._handle_yield(result)

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                err = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop')
            elif not blocking:
                err = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}')
            elif result is self:
                err = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
            self._loop.call_soon(self._step, err, context=self._context)
        elif result is None:
            self._loop.call_soon(self._step, context=self._context)
        else:
            if isinstance(result, types.GeneratorType):
                err = RuntimeError(
                    f'yield was used instead of yield from for generator in task {self!r} '
                    f'with {result!r}')
            else:
                err = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self._step, err, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None


Future.__module__ = Task.__module__ = '_asyncio'


def current_task(loop=None):
    """The Task running in loop (default: the running loop), or None."""
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of not yet finished tasks of loop (default: the running loop)."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop; returns its Task."""
    loop = get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    """Wraps a coroutine or awaitable in a Task; returns futures unchanged."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


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
    if delay <= 0:
        await _YIELD_ONCE
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    """Runs awaitables concurrently; the result is the list of their results."""
    if not aws:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    by_arg = {}
    children = []
    loop = None
    for a in aws:
        key = id(a)
        if key in by_arg:
            fut = by_arg[key][1]
        else:
            fut = ensure_future(a, loop=loop)
            loop = fut.get_loop()
            if fut is not a:
                fut._log_traceback = False
            by_arg[key] = (a, fut)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'finished': 0}
    total = len(by_arg)

    def child_done(fut):
        state['finished'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] < total:
            return
        results = []
        for f in children:
            if f.cancelled():
                results.append(f._make_cancelled_error())
            else:
                exc = f.exception()
                results.append(f.result() if exc is None else exc)
        if outer._cancel_requested:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result(results)

    for _, fut in by_arg.values():
        fut.add_done_callback(child_done)
    return outer


def shield(arg):
    """Protects an awaitable from cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for futures/tasks; returns the (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    waiter = loop.create_future()
    h = None
    if timeout is not None:
        h = loop.call_later(timeout, _release_waiter, waiter)
    pending = [len(fs)]

    def on_done(f):
        pending[0] -= 1
        if (pending[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if h is not None:
                h.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if h is not None:
            h.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Waits for an awaitable with a timeout; cancels it and raises TimeoutError."""
    if timeout is None:
        return await fut
    fut = ensure_future(fut)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    loop = get_running_loop()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        h.cancel()


def as_completed(fs, *, timeout=None):
    """Iterator of coroutines whose results arrive in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    todo = {ensure_future(f) for f in set(fs)}
    loop = get_event_loop()
    arrived = _deque()
    waiters = _deque()
    h = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        todo.discard(f)
        arrived.append(f)
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break
        if not todo and h is not None:
            h.cancel()

    async def next_one():
        if not arrived:
            w = loop.create_future()
            waiters.append(w)
            await w
        if not arrived:
            raise TimeoutError
        return arrived.popleft().result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        h = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_one()


async def to_thread(func, /, *args, **kwargs):
    """Calls func(*args, **kwargs) in the current context (no threads: at once)."""
    ctx = contextvars.copy_context()
    return ctx.run(func, *args, **kwargs)


def run_coroutine_threadsafe(coro, loop):
    raise RuntimeError('run_coroutine_threadsafe() needs threads, which are not available')


# ----- timeouts (3.11) -----

_T_CREATED, _T_ENTERED, _T_EXPIRING, _T_EXPIRED, _T_EXITED = (
    'created', 'active', 'expiring', 'expired', 'finished')


class Timeout:
    """Async context manager cancelling the enclosed block at a deadline."""

    def __init__(self, when):
        self._state = _T_CREATED
        self._handle = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _T_ENTERED:
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
        if when is None:
            self._handle = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_T_EXPIRING, _T_EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _T_ENTERED:
            info.append(f'when={self._when!r}' if self._when is not None else 'when=None')
        return f'<Timeout [{self._state}]{" ".join(info)}>'

    async def __aenter__(self):
        self._state = _T_ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state is _T_EXPIRING:
            self._state = _T_EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _T_ENTERED:
            self._state = _T_EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _T_EXPIRING
        self._handle = None


def timeout(delay):
    """Timeout context manager: the block is cancelled after delay seconds (None: never)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Timeout context manager with an absolute deadline in loop.time() terms."""
    return Timeout(when)


# ----- task groups (3.11) -----


class TaskGroup:
    """Async context manager holding a group of tasks; waits for all of them on exit."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancel = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is CancelledError:
            propagate_cancel = exc
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancel = e
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancel = None
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            me = BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
            raise me from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    @staticmethod
    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


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
        self._live_asyncgens = set()

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
