# doctest: verbose testmod, decorated/nested/class/static/property docstrings, line numbers, options
import functools
import sys


def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def decorated(x):
    """
    >>> decorated(2)
    4
    >>> decorated(3)
    10
    """
    return x * 2


class Outer:
    """
    >>> Outer.Inner().v
    1
    """

    class Inner:
        """
        >>> Outer.Inner.v + 1
        3
        """
        v = 1

    @classmethod
    def cm(cls):
        """
        >>> Outer.cm()
        'Outer'
        """
        return cls.__name__

    @staticmethod
    def sm():
        """
        >>> Outer.sm()
        0
        """
        return 1

    @property
    def prop(self):
        """
        >>> Outer().prop
        'p'
        """
        return 'p'


def multi():
    """
    >>> def f(a,
    ...       b):
    ...     return a + b
    >>> f(1,
    ...   2)
    3
    >>> print('no newline', end='')
    no newline
    >>> d = {'b': 1, 'a': 2}
    >>> d
    {'b': 1, 'a': 2}
    >>> _
    {'b': 1, 'a': 2}
    >>> for i in range(3):
    ...     print(i * 'x')
    <BLANKLINE>
    x
    xx
    >>> print('tab\\there')
    tab	here
    >>> 1/0   # doctest: +ELLIPSIS
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ZeroDivisionError: ...
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> int('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ValueError: something else
    >>> import os.path  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    >>> [1,   2,
    ...  3]  # doctest: +NORMALIZE_WHITESPACE
    [1, 2, 3]
    >>> print(list(range(40)))  # doctest: +ELLIPSIS
    [0, 1, ..., 39]
    >>> print('x')  # doctest: -ELLIPSIS
    x
    """


def uses_extra():
    """
    >>> EXTRA
    'extra'
    """


def nodoc():
    pass


if __name__ == '__main__':
    import doctest
    sys.argv.append('-v')
    print(doctest.testmod(extraglobs={'EXTRA': 'extra'}))
    sys.argv.remove('-v')
    print(doctest.testmod(extraglobs={'EXTRA': 'extra'}))
    print(doctest.testmod(name='other', optionflags=doctest.ELLIPSIS, extraglobs={'EXTRA': 1}))
    print(doctest.testmod(exclude_empty=True, report=False, extraglobs={'EXTRA': 'extra'}))
    print(doctest.testmod(verbose=False, globs={'EXTRA': 'extra', 'Outer': Outer, 'decorated': decorated}))
    try:
        doctest.testmod(3)
    except TypeError as e:
        print('TypeError', e)
