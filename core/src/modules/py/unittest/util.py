"""Various utility functions (defined in the unittest package; re-exported here)."""
from unittest import safe_repr, strclass, _common_shorten_repr, _count_diff
