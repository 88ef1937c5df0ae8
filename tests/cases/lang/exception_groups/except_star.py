import sys
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))
def a():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print('caught', repr(e))
    except* (TypeError, KeyError) as e:
        print('caught2', repr(e), repr(sys.exc_info()[1]))
show(a)
def b():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show(b)
def c():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('naked wrapped', repr(e))
show(c)
def d():
    try:
        raise ValueError('naked')
    except* TypeError:
        pass
show(d)
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [TypeError(2), ValueError(3)])])
    except* ValueError as v:
        print('nested', repr(v))
show(e)
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError('new')
show(f)
def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('k')
    except* TypeError:
        raise
show(g)
def h():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            print('loop', i)
    return 'ok'
print(h())
def k():
    try:
        try:
            raise ExceptionGroup("a", [ValueError(1)])
        except* ValueError:
            raise ExceptionGroup("b", [TypeError(2)])
    except* TypeError as t:
        print('outer caught', repr(t))
show(k)
