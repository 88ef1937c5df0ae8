"""Utilities for with-statement contexts."""

import abc
import os
import sys
import _collections_abc
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _has_methods(klass, *names):
    return _collections_abc._check_methods(klass, *names)


class AbstractContextManager(abc.ABC):
    """ABC for classes with __enter__ and __exit__."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, typ, val, tb):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _has_methods(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """ABC for classes with __aenter__ and __aexit__."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, typ, val, tb):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _has_methods(C, "__aenter__", "__aexit__")


class ContextDecorator(object):
    "Mixin letting a context manager be used as a function decorator."

    def _recreate_cm(self):
        # Plain context managers are reused as-is for every call.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*a, **kw):
            with self._recreate_cm():
                result = func(*a, **kw)
            return result
        return run_inside


class AsyncContextDecorator(object):
    "Mixin letting an async context manager decorate coroutine functions."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*a, **kw):
            async with self._recreate_cm():
                result = await func(*a, **kw)
            return result
        return run_inside


class _GeneratorContextManagerBase:
    def __init__(self, fn, a, kw):
        self.gen = fn(*a, **kw)
        # Kept only to build a fresh manager for each decorated call.
        self.func, self.args, self.kwds = fn, a, kw
        text = getattr(fn, "__doc__", None)
        self.__doc__ = type(self).__doc__ if text is None else text

    def _recreate_cm(self):
        # A generator runs once, so each decorated call needs a fresh one.
        return type(self)(self.func, self.args, self.kwds)


def _thrown_back(raised, sent, tb):
    """Decide whether *raised* (escaping gen.throw(sent)) is just *sent*."""
    if raised is sent:
        raised.__traceback__ = tb
        return True
    if (isinstance(sent, (StopIteration, StopAsyncIteration))
            and isinstance(raised, RuntimeError)
            and raised.__cause__ is sent):
        # PEP 479 turned our StopIteration into a RuntimeError.
        sent.__traceback__ = tb
        return True
    return False


def _give_up(gen, message):
    # The generator yielded again: report it and do not leave it suspended.
    try:
        raise RuntimeError(message)
    finally:
        gen.close()


async def _give_up_async(gen, message):
    try:
        raise RuntimeError(message)
    finally:
        await gen.aclose()


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Arguments are only needed to rebuild the manager for decorators.
        # Entered once: a second use fails (AttributeError), as in CPython.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            _give_up(gen, "generator didn't stop")
        if value is None:
            value = typ()
        try:
            gen.throw(value)
        except StopIteration as stop:
            # Finishing normally swallows the exception, unless the
            # generator just let our own StopIteration through.
            return stop is not value
        except BaseException as err:
            if _thrown_back(err, value, tb):
                return False
            raise
        _give_up(gen, "generator didn't stop after throw()")


class _AsyncGeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractAsyncContextManager,
    AsyncContextDecorator,
):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        # Entered once: a second use fails (AttributeError), as in CPython.
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, tb):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            await _give_up_async(gen, "generator didn't stop")
        if value is None:
            value = typ()
        try:
            await gen.athrow(typ, value, tb)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as err:
            if _thrown_back(err, value, tb):
                return False
            raise
        await _give_up_async(gen, "generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: turn a one-yield generator into a context manager."""
    @wraps(func)
    def make_cm(*a, **kw):
        return _GeneratorContextManager(func, a, kw)
    return make_cm


def asynccontextmanager(func):
    """@asynccontextmanager decorator for one-yield async generators."""
    @wraps(func)
    def make_cm(*a, **kw):
        return _AsyncGeneratorContextManager(func, a, kw)
    return make_cm


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager that awaits thing.aclose() at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, target):
        self._new_target = target
        # A list of saved streams makes the manager reentrant.
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, *exc):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file inside the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file inside the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *kinds):
        self._exceptions = kinds

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        return typ is not None and issubclass(typ, self._exceptions)


_NO_EXC = (None, None, None)


def _bind_exit(manager, exit_method):
    return MethodType(exit_method, manager)


def _as_exit_callback(callback, args, kwds):
    def _exit_wrapper(typ, val, tb):
        callback(*args, **kwds)
    setattr(_exit_wrapper, "__wrapped__", callback)
    return _exit_wrapper


def _relink_context(new_exc, old_exc, frame_exc):
    # Make the exception raised by one callback chain onto the one that
    # was active before it, as if the callbacks were nested with-blocks.
    probe = new_exc
    while True:
        ctx = probe.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        probe = ctx
    probe.__context__ = old_exc


class _BaseExitStack:
    """Callback bookkeeping shared by the sync and async stacks."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move all callbacks to a new stack and return it."""
        other = type(self)()
        other._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return other

    def push(self, exit):
        """Register a callback with the standard __exit__ signature."""
        kind = type(exit)
        try:
            method = kind.__exit__
        except AttributeError:
            # A plain callable rather than a context manager.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        """Enter a context manager and register its __exit__."""
        kind = type(cm)
        try:
            enter = kind.__enter__
            leave = kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object "
                            "does not support the context manager protocol") from None
        value = enter(cm)
        self._push_cm_exit(cm, leave)
        return value

    def callback(self, fn, /, *args, **kwds):
        """Register an arbitrary callback (exception details are not passed)."""
        self._push_exit_callback(_as_exit_callback(fn, args, kwds))
        return fn

    def _push_cm_exit(self, manager, method):
        self._push_exit_callback(_bind_exit(manager, method), True)

    def _push_exit_callback(self, fn, is_sync=True):
        self._exit_callbacks.append((is_sync, fn))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *details):
        had_exc = details[0] is not None
        outer = sys.exc_info()[1]
        swallowed = False
        failing = False
        current = details
        callbacks = self._exit_callbacks
        while callbacks:
            _, cb = callbacks.pop()
            try:
                handled = cb(*current)
            except BaseException as err:
                _relink_context(err, current[1], outer)
                failing = True
                current = (type(err), err, err.__traceback__)
            else:
                if handled:
                    swallowed, failing = True, False
                    current = (None, None, None)
        if failing:
            err = current[1]
            saved = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = saved
                raise
        return had_exc and swallowed

    def close(self):
        """Unwind the stack now, as if the with-block had ended."""
        self.__exit__(*_NO_EXC)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit callbacks."""

    async def enter_async_context(self, cm):
        """Enter an async context manager and register its __aexit__."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            "not support the asynchronous context manager protocol") from None
        value = await enter(cm)
        self._push_async_cm_exit(cm, leave)
        return value

    def push_async_exit(self, exit):
        """Register a coroutine function with the __aexit__ signature."""
        kind = type(exit)
        try:
            method = kind.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, is_sync=False)
        else:
            self._push_async_cm_exit(exit, method)
        return exit

    def push_async_callback(self, fn, /, *args, **kwds):
        """Register an arbitrary coroutine function as a callback."""
        async def _exit_wrapper(typ, val, tb):
            await fn(*args, **kwds)
        setattr(_exit_wrapper, "__wrapped__", fn)
        self._push_exit_callback(_exit_wrapper, is_sync=False)
        return fn

    async def aclose(self):
        """Unwind the stack now, as if the async with-block had ended."""
        await self.__aexit__(*_NO_EXC)

    def _push_async_cm_exit(self, manager, method):
        self._push_exit_callback(_bind_exit(manager, method), is_sync=False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *details):
        had_exc = details[0] is not None
        outer = sys.exc_info()[1]
        swallowed = False
        failing = False
        current = details
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    handled = cb(*current)
                else:
                    handled = await cb(*current)
            except BaseException as err:
                _relink_context(err, current[1], outer)
                failing = True
                current = (type(err), err, err.__traceback__)
            else:
                if handled:
                    swallowed, failing = True, False
                    current = (None, None, None)
        if failing:
            err = current[1]
            saved = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = saved
                raise
        return had_exc and swallowed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        return None


class chdir(AbstractContextManager):
    """Change the working directory for the block (not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        here = os.getcwd()
        self._old_cwd.append(here)
        os.chdir(self.path)

    def __exit__(self, *exc):
        os.chdir(self._old_cwd.pop())
