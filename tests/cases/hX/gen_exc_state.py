import sys
def g():
    try:
        raise KeyError('g')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it), sys.exc_info())
try:
    raise ValueError('outer')
except ValueError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it), sys.exc_info())
def h():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(next(h()).__name__)
def ctx():
    try:
        yield
    except Exception as e:
        print('ctx got', type(e).__name__, repr(e.__context__))
        raise
c = ctx(); next(c)
try:
    try:
        raise KeyError('first')
    except KeyError:
        c.throw(ValueError('second'))
except ValueError as e:
    print('outer caught', repr(e), repr(e.__context__))
def raiser():
    yield 1
    raise TypeError('from gen')
try:
    try:
        raise KeyError('handling')
    except KeyError:
        for _ in raiser(): pass
except TypeError as e:
    print(repr(e.__context__))
def g2():
    try:
        yield 1
    finally:
        print('g2 finally, exc_info:', sys.exc_info()[0])
x = g2(); next(x)
try:
    raise OSError
except OSError:
    del x
print('done')
