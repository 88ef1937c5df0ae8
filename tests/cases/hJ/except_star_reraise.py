import traceback
def run(label, body):
    print('==', label)
    try:
        body()
    except BaseException as ex:
        print(type(ex).__name__, repr(ex))
        traceback.print_exc()
def a():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as e:
        raise e.exceptions[0]
def b():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
def c():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
def d():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
def e():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise RuntimeError('new') from t
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as e:
        e.add_note('noted')
        raise
for fn in (a, b, c, d, e, f):
    run(fn.__name__, fn)
