def f(a, b=2, *, c=3):
    "doc"
    return a, b, c
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__, f.__dict__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {'c': 30}
print(f(1))
f.__defaults__ = None
try: f(1)
except TypeError as e: print(e)
f.__kwdefaults__ = None
try: f(1, 2)
except TypeError as e: print(e)
try: f.__defaults__ = [1]
except TypeError as e: print(e)
try: f.__kwdefaults__ = 5
except TypeError as e: print(e)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
try: f.__name__ = 1
except TypeError as e: print(e)
try: f.__qualname__ = None
except TypeError as e: print(e)
f.custom = 'attr'
print(f.custom, f.__dict__)
try: f.__dict__ = 1
except TypeError as e: print(e)
def mk(v):
    def inner(): return v
    return inner
i = mk(5)
print(i.__closure__[0].cell_contents, len(i.__closure__), mk.__closure__, i.__code__.co_freevars, mk.__code__.co_cellvars)
i.__closure__[0].cell_contents = 6
print(i())
def g(): return 'g'
def h(): return 'h'
try: g.__code__ = 1
except TypeError as e: print(e)
print(f.__globals__ is globals(), type(f.__builtins__).__name__ if hasattr(f, '__builtins__') else '')
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_nlocals, f.__code__.co_qualname, f.__code__.co_filename == __file__)
def gen(): yield
async def co(): pass
async def ag(): yield
import inspect
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(ag), gen.__code__.co_flags & 0x20, co.__code__.co_flags & 0x80, ag.__code__.co_flags & 0x200)
print(inspect.signature(f), inspect.signature(lambda x, /, y=1, *a, z, **k: 0))
class C:
    "class doc"
    x = 1
print(C.__doc__, C.__module__, type(C.__dict__).__name__, C.__dict__['x'])
try: C.__dict__['y'] = 1
except TypeError as e: print(e)
class D: pass
print(D.__doc__, D.__dict__.get('__doc__', 'missing'))
C.__doc__ = 'new'
print(C.__doc__)
def nodoc(): pass
print(nodoc.__doc__)
def strdoc():
    'single'
    x = 1
print(strdoc.__doc__)
def notdoc():
    x = 1
    'not doc'
print(notdoc.__doc__)
def fdoc():
    f'not {1} doc'
print(fdoc.__doc__)
def bdoc():
    b'bytes'
print(bdoc.__doc__)
class E:
    f'fstring'
print(E.__doc__)
print(type(f).__name__, type(len).__name__, type([].append).__name__, type(C().__init__).__name__, type(C.__init__).__name__, type(object.__init__).__name__, type(str.join).__name__, type(dict.fromkeys).__name__, type(int.__add__).__name__)
print(repr(len), repr([].append)[:30], repr(str.join), repr(int.__add__), repr(dict.__dict__['fromkeys']), repr(object.__init__))
