# The is*() predicates on many kinds of objects.
import abc
import functools
import inspect
import sys
import types


def func(x):
    return x


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class C:
    attr = 1

    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1


class Slotted:
    __slots__ = ('a',)


g = gen()
co = coro()
ag = agen()
objects = [
    ('module', inspect), ('class', C), ('instance', C()), ('function', func),
    ('lambda', lambda: 0), ('method', C().method), ('classmethod', C.cm),
    ('staticmethod', C.sm), ('unbound', C.method), ('builtin', len),
    ('builtin method', [].append), ('method descriptor', str.join), ('genfunc', gen),
    ('generator', g), ('coroutine func', coro), ('coroutine', co), ('asyncgen func', agen),
    ('asyncgen', ag), ('property', C.__dict__['prop']), ('slot', Slotted.__dict__['a']),
    ('partial', functools.partial(func, 1)), ('int', 3), ('type', type), ('None', None),
    ('code', func.__code__),
]
preds = ['ismodule', 'isclass', 'isfunction', 'ismethod', 'isbuiltin', 'isroutine',
         'isgeneratorfunction', 'isgenerator', 'iscoroutinefunction', 'iscoroutine',
         'isasyncgenfunction', 'isasyncgen', 'isawaitable', 'isdatadescriptor',
         'ismethoddescriptor', 'iscode', 'isabstract', 'isframe', 'istraceback']
for label, obj in objects:
    hits = [p[2:] for p in preds if getattr(inspect, p)(obj)]
    print(f'{label:18}', ' '.join(hits))
co.close()


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def sides(self):
        ...


class Square(Shape):
    def area(self):
        return 4

    @property
    def sides(self):
        return 4


class Partial(Shape):
    def area(self):
        return 0


print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(Partial))
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__))
print(inspect.isabstract(Square()), inspect.isabstract(abc.ABC))
print(inspect.isgeneratorfunction(functools.partial(gen)),
      inspect.iscoroutinefunction(functools.partial(coro)))


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()), inspect.isawaitable(gen()))
try:
    raise ValueError('x')
except ValueError as e:
    print(inspect.istraceback(e.__traceback__), inspect.istraceback(e))
print(inspect.ismodule(sys), inspect.ismodule(types.ModuleType('m')), inspect.isclass(int))
print(inspect.isfunction(print), inspect.isbuiltin(print), inspect.isroutine(print))
print(inspect.isfunction(C.sm), inspect.ismethod(C.cm), inspect.ismethod(C.method))
