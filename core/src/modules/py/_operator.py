"""The accelerator name of operator (wasipy: the functions live in the builtin operator)."""

from operator import *
from _hashlib import compare_digest as _compare_digest
