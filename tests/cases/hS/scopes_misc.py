print("== 0")
def f():
    x = 1
    def g():
        return x
    x = 2
    return g
print(f()(), f().__closure__[0].cell_contents)
print("== 1")
def f():
    x = 1
    del x
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(e)
f()
print("== 2")
def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        x
    except NameError as e:
        print(type(e).__name__, e)
f()
print("== 3")
x = 'g'
def f():
    global x
    del x
f()
try:
    x
except NameError as e:
    print(e)
print("== 4")
def f():
    try:
        del undefined_local
    except NameError as e:
        print(type(e).__name__, e)
    undefined_local = 1
f()
print("== 5")
try:
    del undefined_global_zz
except NameError as e:
    print(type(e).__name__, e)
print("== 6")
class C:
    x = 1
    del x
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
print("== 7")
def f():
    class C:
        try:
            y = zz
        except NameError as e:
            print(type(e).__name__, e)
    zz = 1
f()
print("== 8")
def outer():
    a = 1
    def inner():
        print(locals())
        return a
    inner()
    return inner.__code__.co_freevars
print(outer())
print("== 9")
def outer():
    a = 1
    class C:
        print('a' in locals(), locals().get('a'))
        b = a
    return C.b
print(outer())
print("== 10")
def f():
    x = 1
    return eval('x'), eval('lambda: x')() if False else None
print(f())
print("== 11")
def f():
    x = 1
    def g():
        return eval('x')
    return g
try:
    print(f()())
except NameError as e:
    print(e)
print("== 12")
i = 10
def f():
    return [i for i in range(3)], i
print(f())
print("== 13")
class A:
    y = 3
    z = [y * 2 for _ in range(2)] if False else None
    w = (lambda y=y: y)()
print(A.w)
print("== 14")
def f(x):
    def g():
        return x
    x += 1
    return g()
print(f(1))
print("== 15")
def gen_scope():
    x = "outer"
    g = (x for _ in range(1))
    x = "changed"
    return list(g)
print(gen_scope())
print("== 16")
def f():
    l = []
    for i in range(3):
        l.append(lambda: i)
    return [x() for x in l]
print(f())
print("== 17")
def f():
    fs = []
    for i in range(3):
        def g(i=i):
            return i
        fs.append(g)
    return [h() for h in fs]
print(f())
print("== 18")
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0] is get.__closure__[0])
print("== 19")
import functools
def deco_with_args(*dargs, **dkw):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            return (dargs, dkw, fn(*a, **k))
        return w
    return deco
@deco_with_args(1, key="v")
def add(a, b): return a + b
print(add(1, 2), add.__name__)
print("== 20")
def f(a, b=2, *args, c, d=4, **kw): pass
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print("== 21")
def f(): pass
f.__defaults__ = (1,)
print(f.__defaults__)
def g(a, b): return a, b
g.__defaults__ = (9,)
print(g(1))
g.__kwdefaults__ = {'x': 1}
print(g.__kwdefaults__)
try:
    g.__defaults__ = 5
except TypeError as e:
    print(e)
print("== 22")
lam = lambda *a, k=3, **kw: (a, k, kw)
print(lam(1, 2, k=4, z=5), lam.__name__, lam.__qualname__)
print("== 23")
def f():
    return lambda: lambda: 1
print(f()().__qualname__)
print("== 24")
x = 5
class C:
    x = x + 1
    y = x
print(C.x, C.y, x)
print("== 25")
def f():
    x = 5
    class C:
        x = x + 1
    return C.x
try:
    print(f())
except NameError as e:
    print(type(e).__name__, e)
print("== 26")
def f():
    y = 5
    class C:
        y += 1
    return C.y
try:
    print(f())
except NameError as e:
    print(type(e).__name__, e)
print("== 27")
def f():
    global gv
    gv = 1
    def g():
        return gv
    return g()
print(f())
print("== 28")
def outer():
    x = 1
    def mid():
        global x
        x = 'global-x'
        def inner():
            return x
        return inner()
    return mid(), x
print(outer(), x)
print("== 29")
def outer():
    x = 'enclosing'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = 'inner-set'
        inner()
        return x
    return mid(), x
print(outer())
print("== 30")
def a():
    def b():
        def c():
            def d():
                return v
            return d()
        return c()
    v = 'deep'
    return b()
print(a())

