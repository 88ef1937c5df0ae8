# signature() of methods, classes, partials, wrapped functions and callable objects.
import functools
import inspect


class Base:
    def __init__(self, x, y=0, *, name='b'):
        pass

    def method(self, a, b=1):
        pass

    @classmethod
    def make(cls, value):
        pass

    @staticmethod
    def util(p, q=2):
        pass

    def __call__(self, event, *args):
        pass


class Child(Base):
    pass


class WithNew:
    def __new__(cls, alpha, beta=2):
        return super().__new__(cls)


class Plain:
    pass


class Meta(type):
    def __call__(cls, token):
        return super().__call__()


class Custom(metaclass=Meta):
    pass


obj = Base(1)
for label, target in [('Base', Base), ('Child', Child), ('WithNew', WithNew),
                      ('Custom', Custom), ('bound', obj.method), ('unbound', Base.method),
                      ('classmethod', Base.make), ('staticmethod', Base.util),
                      ('instance', obj), ('lambda', lambda *a, k=1: 0)]:
    print(label, inspect.signature(target))

print(inspect.signature(Plain))


def power(base, exp, mod=None):
    pass


print(inspect.signature(functools.partial(power, 2)))
print(inspect.signature(functools.partial(power, exp=3)))
print(inspect.signature(functools.partial(power, 2, 3)))
print(inspect.signature(functools.partial(functools.partial(power, 2), mod=5)))


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorator
def decorated(a, b: int = 1) -> int:
    return a + b


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False))
print(inspect.unwrap(decorated).__name__, decorated.__wrapped__ is inspect.unwrap(decorated))


def with_sig(*args, **kwargs):
    pass


with_sig.__signature__ = inspect.Signature([inspect.Parameter('only', inspect.Parameter.POSITIONAL_ONLY)])
print(inspect.signature(with_sig))

for bad in [3, 'text', None]:
    try:
        inspect.signature(bad)
    except TypeError as e:
        print('TypeError:', e)


class Cached:
    @functools.lru_cache(maxsize=None)
    def compute(self, n, scale=1):
        return n * scale


print(inspect.signature(Cached.compute))
print(inspect.signature(Base.__init__), inspect.signature(Base.method).parameters['self'].kind)

spec = inspect.getfullargspec(Base.__init__)
print(spec)
print(spec.args, spec.kwonlydefaults)
print(inspect.getfullargspec(power))
print(inspect.getfullargspec(lambda *a, **k: 0))
