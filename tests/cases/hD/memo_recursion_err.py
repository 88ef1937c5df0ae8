import sys
from functools import lru_cache
@lru_cache(maxsize=None)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(400))
print(count.cache_info())
print(count(900))
