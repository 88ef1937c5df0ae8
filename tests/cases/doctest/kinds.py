# doctest finder over enums, lru_cache and partial objects (verbose item listing)
import enum
import functools


class Color(enum.Enum):
    """
    >>> Color.RED.value
    1
    """
    RED = 1
    GREEN = 2

    def describe(self):
        """
        >>> Color.GREEN.describe()
        'GREEN'
        """
        return self.name


@functools.lru_cache(maxsize=None)
def cached(n):
    """
    >>> cached(10)
    55
    """
    return n if n < 2 else cached(n - 1) + cached(n - 2)


part = functools.partial(int, base=2)
alias_len = len

if __name__ == '__main__':
    import doctest
    print(doctest.testmod(verbose=True))
