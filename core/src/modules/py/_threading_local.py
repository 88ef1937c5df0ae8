"""Where CPython keeps the pure-Python thread-local class (here threading.local)."""

from weakref import ref
from contextlib import contextmanager
from threading import current_thread, RLock, local

__all__ = ["local"]
