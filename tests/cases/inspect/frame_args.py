# getargvalues/formatargvalues and getmodule on frames, as tracing helpers use them.
import inspect
import sys


def trace_call():
    frame = inspect.currentframe().f_back
    info = inspect.getargvalues(frame)
    print(frame.f_code.co_name + inspect.formatargvalues(*info))
    print(info.args, info.varargs, info.keywords, sorted(info.locals))


def compute(a, b=2, *rest, scale=1, **opts):
    trace_call()
    return a


compute(1, 3, 4, 5, scale=10, mode='x')
compute('s')


def simple(x, y):
    total = x + y
    trace_call()


simple([1], [2])
print(inspect.getmodule(inspect.currentframe()).__name__)
print(inspect.getmodule(simple.__code__) is sys.modules['__main__'])
print(inspect.getmodule(3))
