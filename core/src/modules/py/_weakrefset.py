"""Where WeakSet is defined in CPython."""

from types import GenericAlias
from _weakref import ref
from weakref import WeakSet

__all__ = ['WeakSet']
