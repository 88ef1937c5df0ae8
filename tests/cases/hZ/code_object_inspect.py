def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    x = a + b
    y = [i for i in args]
    def inner(): return x
    return inner
c = f.__code__
print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_filename.endswith("probe12.py"), c.co_firstlineno, c.co_qualname)
print(c.co_flags & 0x0F, bool(c.co_flags & 0x04), bool(c.co_flags & 0x08), c.co_names)
inner = f(1, c=2)
print(inner.__code__.co_freevars, inner.__code__.co_varnames, inner.__closure__[0].cell_contents)
g = lambda: 0
print(g.__code__.co_name, g.__code__.co_flags & 0x20, (lambda: (yield)).__code__.co_flags & 0x20)
c2 = c.replace(co_name="renamed"); print(c2.co_name, c2.co_varnames == c.co_varnames)
print(type(c).__name__, c == c, repr(c)[:20])
import inspect
print(inspect.getfullargspec(f))
print(inspect.signature(f).bind(1, c=3).arguments)
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty, p.kind)
print(inspect.getsource(f).splitlines()[0])
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith("probe12.py"), inspect.isroutine(len), inspect.iscoroutinefunction(f))
def gen(): yield
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isawaitable(1), inspect.isabstract(int))
print(inspect.cleandoc("  line1\n    line2\n  line3"), inspect.getdoc(f), inspect.unwrap(f) is f)
frame = inspect.currentframe(); print(frame.f_code.co_name, frame.f_lineno, inspect.getframeinfo(frame).function)
print([fi.function for fi in inspect.stack()][:2])
