def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, type(co).__name__, co.co_filename.endswith(".py"))
print(f.__globals__ is globals(), f.__closure__, f.__annotations__, f.__dict__)
f.__defaults__ = (10,)
print(f(1, c=3))
f.__defaults__ = None
try:
    f(1, c=3)
except Exception as e:
    print(type(e).__name__, e)
f.__kwdefaults__ = {"c": 0}
print(f(1, 1))
f.attr = [1]
f.attr.append(2)
print(f.attr, f.__dict__, vars(f))
f.__name__ = "g"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
f.__qualname__ = "X.g"
print(repr(f).split(" at ")[0])
try:
    f.__name__ = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    f.__code__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    del f.__name__
except Exception as e:
    print(type(e).__name__, e)
f.__doc__ = None
print(f.__doc__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
inc(); inc()
print(len(inc.__closure__), type(inc.__closure__[0]).__name__, inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars, inc.__qualname__)
inc.__closure__[0].cell_contents = 100
print(inc())
def outer():
    y = 1
    def g():
        return y
    del y
    return g
try:
    outer()()
except Exception as e:
    print(type(e).__name__, e)
try:
    outer().__closure__[0].cell_contents
except Exception as e:
    print(type(e).__name__, e)
lam = lambda x, /, y=1: x
print(lam.__name__, lam.__qualname__, lam.__code__.co_posonlyargcount, lam.__code__.co_argcount, lam.__defaults__)
def ann(a: int, b: "str" = "x") -> list: pass
print(ann.__annotations__)
ann.__annotations__ = {"q": 1}
print(ann.__annotations__)
def noann(): pass
print(noann.__annotations__, noann.__kwdefaults__, noann.__defaults__)
noann.__annotations__["r"] = 2
print(noann.__annotations__)
import types
g = types.FunctionType(co, {"__builtins__": __builtins__}, "newname", (5, 6))
print(g.__name__, g(1, c=1), g.__defaults__)
def gen():
    yield 1
print(gen.__code__.co_flags & 0x20 != 0, type(gen()).__name__, gen().__name__, gen().__qualname__)
print(type(f).__name__, type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType)
print(f.__call__.__name__, type(f.__call__).__name__, type(f.__get__).__name__)
print(hash(f) == hash(f), f == f, f != g, sorted(x for x in dir(f) if not x.startswith("_")))
