# doctest: the common script ending; passing tests print nothing, then the same in verbose mode
def fib(n):
    """Return the n-th Fibonacci number.

    >>> [fib(i) for i in range(10)]
    [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    >>> fib(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    """
    if n < 0:
        raise ValueError('n must be >= 0')
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    import doctest
    doctest.testmod()
    print('quiet run done')
    doctest.testmod(verbose=True)
    print(doctest.master is not None)
