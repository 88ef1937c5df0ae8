import types, inspect
def gen(a, b=2):
    x = yield a
    yield b
g = gen(1)
print(g.gi_code.co_name, g.gi_code.co_argcount, g.gi_code.co_varnames)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_suspended if hasattr(g, "gi_suspended") else "-")
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__)
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), isinstance(g, types.GeneratorType))
print(inspect.getgeneratorlocals(g))
list(g)
print(g.gi_frame, g.gi_yieldfrom, g.gi_running)
ge = (i for i in range(3))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name, ge.gi_code.co_argcount)
class C:
    def m(self):
        yield
    async def am(self):
        yield
    async def co(self):
        pass
print(C().m().__qualname__, C().am().__qualname__, C().am().__name__)
c = C().co()
print(c.__qualname__, c.cr_code.co_name, c.cr_frame.f_code.co_name, inspect.iscoroutine(c))
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.isasyncgenfunction(C.am), inspect.iscoroutinefunction(C.co), inspect.isasyncgen(C().am()))
import collections.abc as abc
print(isinstance(g, abc.Generator), isinstance(g, abc.Iterator), isinstance(c, abc.Coroutine), isinstance(C().am(), abc.AsyncGenerator))
print(isinstance(c, abc.Awaitable))
def gf(): yield
print(gf.__code__.co_flags & 0x20 != 0, C.co.__code__.co_flags & 0x80 != 0, C.am.__code__.co_flags & 0x200 != 0)
print(type(gf()) is types.GeneratorType, types.AsyncGeneratorType.__name__, types.CoroutineType.__name__)
# generator type can't be instantiated
try:
    types.GeneratorType()
except TypeError as e:
    print(e)
# generator is not subscriptable, no len
try:
    len(gf())
except TypeError as e:
    print(e)
try:
    gf()[0]
except TypeError as e:
    print(e)
print(bool(gf()))
# send arity
try:
    gf().send()
except TypeError as e:
    print(e)
try:
    gf().throw()
except TypeError as e:
    print(e)
try:
    gf().close(1)
except TypeError as e:
    print(e)
# iter(gen) is gen
x = gf()
print(iter(x) is x, x.__iter__() is x)
# weakref to generator
import weakref
r = weakref.ref(x)
print(r() is x)
