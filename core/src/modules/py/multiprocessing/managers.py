"""Managers for the sandbox: the shared objects are ordinary ones in this process."""

import threading

__all__ = ['BaseManager', 'SyncManager', 'Namespace']


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted(self.__dict__.items())
        return 'Namespace(%s)' % ', '.join('%s=%r' % i for i in items)


class BaseManager:
    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._started = False

    def start(self, initializer=None, initargs=()):
        if self._started:
            raise RuntimeError('Already started server')
        self._started = True
        if initializer is not None:
            initializer(*initargs)

    def shutdown(self):
        self._started = False

    def connect(self):
        self._started = True

    def __enter__(self):
        if not self._started:
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


class SyncManager(BaseManager):
    def list(self, sequence=()):
        return list(sequence)

    def dict(self, *args, **kwds):
        return dict(*args, **kwds)

    def Namespace(self, **kwds):
        return Namespace(**kwds)

    def Lock(self):
        return threading.Lock()

    def RLock(self):
        return threading.RLock()

    def Event(self):
        return threading.Event()

    def Condition(self, lock=None):
        return threading.Condition(lock)

    def Semaphore(self, value=1):
        return threading.Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return threading.BoundedSemaphore(value)

    def Barrier(self, parties, action=None, timeout=None):
        return threading.Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        import queue
        return queue.Queue(maxsize)

    JoinableQueue = Queue

    def Value(self, typecode, value, lock=True):
        import multiprocessing
        return multiprocessing.Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        import multiprocessing
        return multiprocessing.Array(typecode, sequence, lock=lock)

    def Pool(self, processes=None, initializer=None, initargs=()):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs)
