"""The pure-Python ABCMeta of CPython (here abc's own ABCMeta)."""

from _weakrefset import WeakSet
from abc import ABCMeta, get_cache_token
