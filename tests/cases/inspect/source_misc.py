# getsource/getsourcelines, getfile/getmodule, frames, closures, annotations, unwrap.
import functools
import inspect
import os


def simple(a, b):
    """Adds."""
    total = a + b
    return total


class Widget:
    size = 3

    def grow(self, n=1):
        self.size += n
        return self.size


def decorate(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner


@decorate
def wrapped(x):
    return x * 2


print(inspect.getsource(simple), end='')
print(inspect.getsource(Widget.grow), end='')
print(inspect.getsource(Widget), end='')
lines, start = inspect.getsourcelines(simple)
print(start, len(lines), lines[0], end='')
print(inspect.getsource(wrapped), end='')
square = lambda v: v * v
print(inspect.getsource(square), end='')
print(os.path.basename(inspect.getfile(simple)), os.path.basename(inspect.getsourcefile(Widget.grow)))
print(inspect.getmodule(simple).__name__, inspect.getmodule(Widget).__name__)
print(inspect.getmodule(inspect) is inspect, inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))

frame = inspect.currentframe()
print(frame.f_globals['__name__'], frame.f_globals is globals())


def who_called():
    caller = inspect.currentframe()
    return caller.f_globals['__name__']


print(who_called())


def make_counter():
    count = 0
    step = 2

    def counter():
        nonlocal count
        count += step
        return count, len
    return counter


cv = inspect.getclosurevars(make_counter())
print(sorted(cv.nonlocals.items()), sorted(cv.builtins), cv.unbound)


def annotated(a: int, b: 'str' = 'x') -> 'list[int]':
    pass


print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))


class Ann:
    x: int
    y: 'float' = 1.0


print(inspect.get_annotations(Ann), inspect.get_annotations(Widget))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.unwrap(simple) is simple)
print(inspect.unwrap(wrapped, stop=lambda f: f is wrapped) is wrapped)


def loop():
    pass


loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])
try:
    inspect.getfile(3)
except TypeError as e:
    print('TypeError:', e)
print(inspect.getattr_static(Widget(), 'size'), inspect.getattr_static(Widget, 'grow') is Widget.__dict__['grow'])
print(inspect.getattr_static(Widget, 'nothing', 'default'))
