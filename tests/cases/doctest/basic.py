# doctest.testmod on this module: passing, failing and exception examples
"""Module docstring.

>>> 1 + 1
2
>>> print('a\\n\\nb')
a
<BLANKLINE>
b
"""


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b


def boom():
    """
    >>> boom()
    Traceback (most recent call last):
      ...
    ValueError: bad thing
    >>> boom()   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other
    """
    raise ValueError('bad thing')


class Thing:
    """A thing.

    >>> Thing().value
    42
    >>> list(range(20))   # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))
    [0, 1, ..., 19]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print('skip me')  # doctest: +SKIP
    nope
    """
    value = 42

    def method(self):
        """
        >>> Thing().method()
        'm'
        >>> x = 5
        >>> x
        5
        >>> True
        1
        """
        return 'm'

    @staticmethod
    def st():
        """
        >>> Thing.st()
        """

    def nodoc(self):
        pass


def nothing():
    """
    >>> print('')
    >>> print()
    <BLANKLINE>
    >>> 3
    """


__test__ = {'extra': """
>>> [1,
...  2]
[1, 2]
>>> 'x' * 3
'xxx'
"""}

if __name__ == '__main__':
    import doctest
    r = doctest.testmod()
    print(r)
    print(r.failed, r.attempted, type(r).__name__)
    print(doctest.testmod(verbose=True, report=True))
