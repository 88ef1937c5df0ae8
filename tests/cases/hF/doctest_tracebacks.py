"""Module docstring.

>>> 1 + 1
2
>>> square(3)
9
"""
import doctest

def square(x):
    """Return x squared.

    >>> square(2)
    4
    >>> square(-3)
    10
    >>> [square(i) for i in range(5)]
    [0, 1, 4, 9, 16]
    """
    return x * x

def div(a, b):
    """
    >>> div(1, 0)
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> div(4, 2)
    2.0
    >>> div('a', 1)
    Traceback (most recent call last):
    ValueError: bad
    >>> print(div(1, 3))  # doctest: +ELLIPSIS
    0.333...
    >>> div(
    ...   10, 4)
    2.5
    """
    return a / b

class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s
    Stack([1, 2])
    >>> s.pop()
    2
    >>> s.pop(); s.pop()
    1
    Traceback (most recent call last):
    IndexError: pop from empty list
    >>> print('a\\nb')
    a
    b
    >>> {'x': 1,
    ...  'y': 2}   # doctest: +NORMALIZE_WHITESPACE
    {'x': 1,   'y': 2}
    >>> s.missing
    """
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self): return self.items.pop()
    def __repr__(self): return f"Stack({self.items})"

    def peek(self):
        """
        >>> Stack().peek()
        Traceback (most recent call last):
            ...
        IndexError: list index out of range
        >>> x = Stack(); x.push('a'); x.peek()
        'a'
        """
        return self.items[-1]

def blank():
    """
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    >>> print('')
    <BLANKLINE>
    >>> print(' a  b ')
    a b
    """

import io, contextlib

def run(**kw):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = doctest.testmod(**kw)
    skip = False
    for line in buf.getvalue().splitlines():
        # the frame of doctest's own runner differs (file path, function)
        if 'doctest' in line and line.strip().startswith('File "') and '<doctest' not in line:
            skip = True
            continue
        if skip and line.strip().startswith('exec('):
            skip = False
            continue
        skip = False
        print(line)
    return r

r = run()
print(r)
print(r.failed, r.attempted)
r = run(verbose=False, optionflags=doctest.NORMALIZE_WHITESPACE)
print(r)
