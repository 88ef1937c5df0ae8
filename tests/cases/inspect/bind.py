# Signature.bind / bind_partial / BoundArguments, including a validating decorator.
import functools
import inspect


def f(a, b, c=3, *args, d, e=5, **kw):
    pass


sig = inspect.signature(f)


def attempt(*args, **kwargs):
    try:
        ba = sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
    else:
        print(ba, ba.args, ba.kwargs)


attempt(1, 2, d=4)
attempt(1, 2, 3, 4, 5, d=6, z=7)
attempt(1, b=2, d=4, e=9)
attempt(1, d=4)
attempt(1, 2)
attempt(1, 2, b=3, d=4)
attempt(a=1, b=2, d=3, x=4, y=5)


def g(x, y, /, z=0):
    pass


gs = inspect.signature(g)
for args, kwargs in [((1, 2), {}), ((1,), {'y': 2}), ((1, 2, 3, 4), {}), ((1, 2), {'w': 1}),
                     ((1, 2), {'z': 9})]:
    try:
        print(gs.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)


def h(x, y, /, **kw):
    pass


print(inspect.signature(h).bind(1, 2, x=3))

ba = sig.bind(1, 2, d=4)
ba.apply_defaults()
print(ba, ba.arguments)
print(ba.signature is sig, ba == sig.bind(1, 2, d=4), ba == sig.bind(1, 2, d=5))
ba.arguments['c'] = 30
print(ba.args, ba.kwargs)

bp = sig.bind_partial(1)
print(bp, bp.args, bp.kwargs)
bp = sig.bind_partial(e=1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp)


def typed(func):
    s = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = s.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = s.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f'{name} must be {ann.__name__}, got {type(value).__name__}')
        return func(*bound.args, **bound.kwargs)
    return wrapper


@typed
def area(width: int, height: int = 2, *, unit: str = 'cm') -> str:
    return f'{width * height}{unit}'


print(area(3), area(3, 4), area(width=5, unit='m'))
for call in [lambda: area('3'), lambda: area(3, unit=1), lambda: area(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(inspect.signature(area))
print(inspect.getcallargs(f, 1, 2, d=3))
