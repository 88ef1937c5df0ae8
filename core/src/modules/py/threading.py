"""Thread objects and locks on green threads.

wasipy runs one OS thread. Thread.start() runs the new thread (a `_tasklet`) until it ends
or has to wait: for a lock, an event, a condition, a queue, a join() or a time.sleep(). A
waiting thread is suspended, and resumed by whichever thread waits next, in the order the
threads began waiting, once what it waits for has happened or its timeout has passed.
A thread waiting inside a callback from native code (a sort key, say) cannot be suspended:
it runs the other threads itself while it waits. A wait that no thread can end raises
RuntimeError instead of blocking forever (as CPython would).
"""

import sys as _sys
import time as _time
import _tasklet
import contextvars as _cv

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


# ----- scheduling -----

_waiting = []     # [thread, predicate, deadline] for suspended threads, oldest first
_raw_sleep = [False]


def _never():
    return False


def _wait(pred, timeout=None, what=None):
    """Waits until pred() is true (True) or `timeout` seconds have passed (False)."""
    if pred():
        return True
    deadline = None if timeout is None else _time.monotonic() + timeout
    cur = _current[-1] if _current else None
    if cur is not None:
        entry = [cur, pred, deadline]
        _waiting.append(entry)
        if _tasklet.suspend() is None:
            return bool(pred())
        _waiting.remove(entry)
    return _run_others(pred, deadline, what)


def _run_others(pred, deadline, what):
    # The caller cannot be suspended: run the other threads until pred() or the deadline.
    while True:
        if pred():
            return True
        now = _time.monotonic()
        if deadline is not None and now >= deadline:
            return False
        for entry in _waiting:
            if (entry[2] is not None and now >= entry[2]) or entry[1]():
                _waiting.remove(entry)
                _resume(entry[0])
                break
        else:
            ds = [e[2] for e in _waiting if e[2] is not None]
            if deadline is not None:
                ds.append(deadline)
            if not ds:
                if what is None:
                    return False
                _would_block(what)
            _raw_sleep[0] = True
            try:
                _time.sleep(max(0.0, min(ds) - now))
            finally:
                _raw_sleep[0] = False


def _resume(thread):
    saved = _cv._current
    _cv._current = thread._context
    _current.append(thread)
    try:
        done = _tasklet.resume(thread._ident)
    finally:
        _current.pop()
        thread._context = _cv._current
        _cv._current = saved
    if done:
        thread._stopped()


def _sleep_hook(secs, can_suspend):
    # time.sleep(): True suspends the calling thread, None means slept here, False sleeps.
    if _raw_sleep[0]:
        return False
    cur = _current[-1] if _current else None
    if cur is not None and can_suspend:
        _waiting.append([cur, _never, _time.monotonic() + secs])
        return True
    if not _waiting:
        return False
    _run_others(_never, _time.monotonic() + secs, None)
    return None


def _run_thread(thread):
    _cv.Context().run(thread._bootstrap)


def _shutdown():
    # As CPython does at exit: wait for the threads that are not daemons.
    _run_others(lambda: not any(not t.daemon and not t._is_stopped for t in _active.values()
                                if t is not _main), None, None)
    for entry in _waiting:
        _tasklet.discard(entry[0]._ident)
    _waiting.clear()
    _tasklet.set_sleep_hook(None)


def _would_block(what):
    raise RuntimeError(f'{what} would block forever: no other thread can end the wait')


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')


class Lock:
    """A primitive lock (one owner at a time)."""

    def __init__(self):
        self._locked = False

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.lock' object")

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        ok = _wait(lambda: not self._locked, None if timeout == -1 else timeout,
                   'Lock.acquire()')
        if ok:
            self._locked = True
        return ok

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


Lock.__module__ = '_thread'
Lock.__qualname__ = Lock.__name__ = 'lock'
LockType = Lock
_allocate_lock = Lock


class RLock:
    """A reentrant lock: its owner may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        ok = _wait(lambda: self._count == 0, None if timeout == -1 else timeout,
                   'RLock.acquire()')
        if ok:
            self._owner = me
            self._count = 1
        return ok

    __enter__ = acquire

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return saved

    def _acquire_restore(self, saved):
        self.acquire()
        self._count, self._owner = saved

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        owner = self._owner or 0
        return (f'<{state} _thread.RLock object owner={owner} count={self._count} '
                f'at {id(self):#x}>')


RLock.__module__ = '_thread'


class Condition:
    """A condition variable bound to a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        token = [False]
        self._waiters.append(token)
        lock = self._lock
        if hasattr(lock, '_release_save'):
            saved = lock._release_save()
        else:
            lock.release()
            saved = None
        try:
            return _wait(lambda: token[0], timeout, 'Condition.wait()')
        finally:
            if hasattr(lock, '_acquire_restore'):
                lock._acquire_restore(saved)
            else:
                lock.acquire()
            if not token[0]:
                self._waiters.remove(token)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        for token in self._waiters[:n]:
            token[0] = True
        del self._waiters[:n]

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter of available slots."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __reduce_ex__(self, protocol):
        # CPython's holds a Condition over a plain lock.
        raise TypeError("cannot pickle '_thread.lock' object")

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        ok = _wait(lambda: self._value > 0, timeout, 'Semaphore.acquire()')
        if ok:
            self._value -= 1
        return ok

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may not exceed its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag that can be set and waited for."""

    def __init__(self):
        self._flag = False

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.lock' object")

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: {status}>'

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        _wait(lambda: self._flag, timeout, 'Event.wait()')
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be >= 1')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False
        self._count = 0
        self._gen = 0

    def __repr__(self):
        if self._broken:
            return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: broken>'
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'waiters={self._count}/{self._parties}>')

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        gen = self._gen
        self._count += 1
        if self._count == self._parties:
            self._count = 0
            self._gen += 1
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return index
        if timeout is None:
            timeout = self._timeout
        ok = _wait(lambda: self._gen != gen or self._broken, timeout, 'Barrier.wait()')
        if self._gen == gen:
            self._broken = True
            self._count = 0
            raise BrokenBarrierError
        return index

    def reset(self):
        if self._count:
            self._gen += 1
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# ----- threads -----

_next_ident = [1]
_counter = [0]
_active = {}
_current = []


def _new_ident():
    _next_ident[0] += 1
    return 139_000_000 + _next_ident[0]


def get_ident():
    """The current thread's identifier."""
    return _current[-1]._ident if _current else _main._ident


def get_native_id():
    return _current[-1]._native_id if _current else _main._native_id


def _newname(name_template='Thread-%d'):
    _counter[0] += 1
    return name_template % _counter[0]


class ExceptHookArgs:
    """Arguments of threading.excepthook."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args, /):
    """Prints an exception raised by Thread.run() to stderr."""
    if args.exc_type == SystemExit:
        return
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    stderr = _sys.stderr
    if stderr is None:
        return
    print(f'Exception in thread {name}:', file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control (a green thread: see the module docstring)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _new_ident()
        self._native_id = self._ident
        _active[self._ident] = self
        _tasklet.set_sleep_hook(_sleep_hook)
        saved = _cv._current
        _current.append(self)
        try:
            done = _tasklet.run(self._ident, _run_thread, self)
        finally:
            _current.pop()
            self._context = _cv._current
            _cv._current = saved
        if done:
            self._stopped()

    def _stopped(self):
        self._is_stopped = True
        _active.pop(self._ident, None)

    def _bootstrap(self):
        try:
            self.run()
        except BaseException:
            exc_type, exc_value, exc_tb = _sys.exc_info()
            excepthook(ExceptHookArgs(exc_type, exc_value, exc_tb, self))

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is not None and timeout < 0:
            timeout = 0
        _wait(lambda: self._is_stopped, timeout, 'Thread.join()')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = 139_000_000
        self._native_id = self._ident


_main = _MainThread()
_active[_main._ident] = _main


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    """The Thread object of the caller."""
    return _current[-1] if _current else _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


# ----- thread-local data -----


class local:
    """Attributes that are separate for each thread."""

    __slots__ = ('_local__dicts', '_local__args', '__weakref__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    key = get_ident()
    d = dicts.get(key)
    if d is None:
        d = dicts[key] = {}
        args, kw = object.__getattribute__(self, '_local__args')
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    return d


def _class_attr(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            return True, k.__dict__[name]
    return False, None


def _local_getattribute(self, name):
    if name in ('_local__dicts', '_local__args', '__class__'):
        return object.__getattribute__(self, name)
    d = _local_dict(self)
    if name == '__dict__':
        return d
    cls = type(self)
    found, attr = _class_attr(cls, name)
    if found:
        tp = type(attr)
        if hasattr(tp, '__get__') and (hasattr(tp, '__set__') or hasattr(tp, '__delete__')):
            return tp.__get__(attr, self, cls)
    if name in d:
        return d[name]
    if found:
        if hasattr(type(attr), '__get__'):
            return type(attr).__get__(attr, self, cls)
        return attr
    cname = '_thread._local' if cls is local else cls.__name__
    raise AttributeError(f"'{cname}' object has no attribute '{name}'")


def _local_setattr(self, name, value):
    if name == '__dict__':
        raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
    d = _local_dict(self)
    found, attr = _class_attr(type(self), name)
    if found and hasattr(type(attr), '__set__'):
        type(attr).__set__(attr, self, value)
        return
    d[name] = value


def _local_delattr(self, name):
    if name == '__dict__':
        raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
    d = _local_dict(self)
    found, attr = _class_attr(type(self), name)
    if found and hasattr(type(attr), '__delete__'):
        type(attr).__delete__(attr, self)
        return
    try:
        del d[name]
    except KeyError:
        raise AttributeError(name) from None


local.__getattribute__ = _local_getattribute
local.__setattr__ = _local_setattr
local.__delattr__ = _local_delattr
local.__module__ = '_thread'
local.__qualname__ = local.__name__ = '_local'


import atexit as _atexit
_atexit.register(_shutdown)
