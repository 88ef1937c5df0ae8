"""multiprocessing for the sandbox, which has no processes: a Process runs its target in
this process when it is started (to completion, so join() returns at once), a Pool calls
its function in the caller, and queues, locks, shared values and managers are their
in-process counterparts. Results and output order match CPython's for programs that join
their processes or wait for their pool's results; children share the parent's memory
(changes a target makes to globals are visible afterwards, unlike in CPython)."""

import itertools
import os
import sys
import threading

from multiprocessing.pool import Pool, TimeoutError

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
           'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool',
           'Process', 'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue',
           'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value', 'active_children',
           'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods',
           'get_context', 'get_start_method', 'parent_process', 'set_start_method']

from multiprocessing.pool import ProcessError, BufferTooShort, AuthenticationError

Lock = threading.Lock
RLock = threading.RLock
Semaphore = threading.Semaphore
BoundedSemaphore = threading.BoundedSemaphore
Condition = threading.Condition
Event = threading.Event
Barrier = threading.Barrier

_counter = itertools.count(1)


class Process:
    """A unit of work with the interface of a process; start() runs it here."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = (count,)
        self._name = name or 'Process-%d' % count
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._daemon = daemon
        self._started = False
        self._exitcode = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        assert not self._started, 'cannot start a process twice'
        self._started = True
        global _current
        outer, _current = _current, self
        try:
            self.run()
            self._exitcode = 0
        except SystemExit as e:
            code = e.code
            if code is None:
                self._exitcode = 0
            elif isinstance(code, int):
                self._exitcode = code
            else:
                sys.stderr.write(str(code) + '\n')
                self._exitcode = 1
        except BaseException:
            import traceback
            sys.stderr.write('Process %s:\n' % self._name)
            traceback.print_exc()
            self._exitcode = 1
        finally:
            _current = outer
            sys.stdout.flush()

    def join(self, timeout=None):
        assert self._started, 'can only join a started process'

    def is_alive(self):
        return False

    def terminate(self):
        pass

    kill = terminate

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return bool(self._daemon)

    @daemon.setter
    def daemon(self, daemonic):
        assert not self._started, 'process has already started'
        self._daemon = daemonic

    @property
    def exitcode(self):
        return self._exitcode

    @property
    def pid(self):
        return os.getpid() if self._started else None

    ident = pid

    @property
    def authkey(self):
        return b''

    @property
    def sentinel(self):
        raise ValueError('process not started') if not self._started else None

    def __repr__(self):
        if not self._started:
            status = 'initial'
        else:
            status = 'stopped exitcode=%s' % self._exitcode
        return '<%s name=%r %s>' % (type(self).__name__, self._name, status)


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemon = False
        self._started = True
        self._exitcode = None
        self._target = None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main = _MainProcess()
_current = None


def current_process():
    return _current if _current is not None else _main


def parent_process():
    return _main if _current is not None else None


def active_children():
    return []


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    pass


_start_method = None


def get_start_method(allow_none=False):
    if _start_method is None and not allow_none:
        return 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return sys.modules[__name__]


# ----- queues -----

import queue as _queue


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        return self._q.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._q = _queue.SimpleQueue()
        self._closed = False

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def close(self):
        self._closed = True


class _Connection:
    def __init__(self, inbox, outbox):
        self._inbox, self._outbox = inbox, outbox
        self.closed = False

    def send(self, obj):
        self._outbox.put(obj)

    def recv(self):
        return self._inbox.get()

    def poll(self, timeout=0.0):
        return not self._inbox.empty()

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)[offset:None if size is None else offset + size]
        self._outbox.put(data)

    def recv_bytes(self, maxlength=None):
        return self._inbox.get()

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a, b = _queue.SimpleQueue(), _queue.SimpleQueue()
    return _Connection(a, b), _Connection(b, a)


# ----- shared memory -----

_TYPECODES = {'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short',
              'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
              'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double'}


def _zero(typecode):
    if typecode == 'c':
        return b'\x00'
    if typecode == 'u':
        return '\x00'
    return 0.0 if typecode in 'fd' else 0


def _convert(typecode, v):
    # what storing v in the C type and reading it back gives (floats for 'f' and 'd')
    if typecode in ('f', 'd') and isinstance(v, int):
        return float(v)
    return v


def _ctype_name(typecode):
    try:
        return _TYPECODES[typecode]
    except (KeyError, TypeError):
        name = getattr(typecode, '__name__', None)
        if name is None:
            raise TypeError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        return name


class _RawValue:
    def __init__(self, typecode, *args):
        self._typecode = typecode if isinstance(typecode, str) else 'i'
        self._name = _ctype_name(typecode)
        self.value = args[0] if args else _zero(self._typecode)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._typecode, v)

    def __repr__(self):
        return '%s(%r)' % (self._name, self.value)


class _Synchronized:
    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock if lock not in (None, True) else RLock()

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    @property
    def value(self):
        return self._obj.value

    @value.setter
    def value(self, v):
        self._obj.value = v

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        return self._obj[i]

    def __setitem__(self, i, v):
        self._obj[i] = v

    def __iter__(self):
        return iter(self._obj)

    def __repr__(self):
        return '<%s wrapper for %r>' % (type(self).__name__, self._obj)


class Synchronized(_Synchronized):
    pass


class SynchronizedArray(_Synchronized):
    def __getitem__(self, i):
        return self._obj[i]


class _RawArray:
    def __init__(self, typecode, size_or_initializer):
        self._typecode = typecode if isinstance(typecode, str) else 'i'
        self._name = _ctype_name(typecode)
        if isinstance(size_or_initializer, int):
            self._items = [_zero(self._typecode)] * size_or_initializer
        else:
            self._items = [_convert(self._typecode, v) for v in size_or_initializer]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._items[i]
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if len(range(*i.indices(len(self._items)))) != len(v):
                raise ValueError("Can only assign sequence of same size")
            self._items[i] = [_convert(self._typecode, x) for x in v]
        else:
            self._items[i] = _convert(self._typecode, v)

    def __iter__(self):
        return iter(list(self._items))

    @property
    def value(self):
        if self._typecode == 'c':
            return b''.join(self._items).split(b'\x00')[0]
        raise AttributeError('value')

    def __repr__(self):
        return '<%s_Array_%d object>' % (self._name, len(self._items))


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = _RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = _RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, lock)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m
