print("== 0")
def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        g = lambda: e
        print(g())
    try:
        g()
    except NameError as err:
        print(type(err).__name__, err)
f()
print("== 1")
def f():
    data = [1, 2, 3]
    res = [y for x in data if (y := x * 2) > 2]
    return res, y
print(f())
print("== 2")
def f():
    total = 0
    def acc():
        return [total := total + i for i in range(3)]
    try:
        return acc()
    except UnboundLocalError as e:
        return str(e)
print(f())
print("== 3")
def f():
    def g():
        return [(lambda: k)() for k in range(2)]
    return g()
print(f())
print("== 4")
class C:
    vals = [1, 2]
    sq = {v: v * v for v in vals}
    try:
        nested = [[v for _ in vals] for v in vals]
    except NameError as e:
        nested = str(e)
print(C.sq, C.nested)
print("== 5")
class C:
    def m(self):
        def inner():
            return __class__
        return inner()
print(C().m().__name__)
print("== 6")
class C:
    def m(self):
        def inner():
            return super().__repr__
        try:
            return inner()
        except RuntimeError as e:
            return str(e)
print(C().m())
print("== 7")
class C:
    def m(self):
        return (lambda: super().__class__)()
print(C().m())
print("== 8")
class C:
    __class__ = "shadow"
    def m(self):
        return __class__
print(C().m().__name__, C.__class__)
print("== 9")
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        def m(self):
            return x
    return C().m(), x
print(f())
print("== 10")
def f(a):
    class C:
        a_copy = a
        def m(self, b=a):
            return a, b
    return C.a_copy, C().m()
print(f(5))
print("== 11")
def f():
    def g(x=(y := 10)):
        return x
    return g(), y
print(f())
print("== 12")
def f():
    lst = [lambda: i for i in range(3)]
    gen = (lambda: i for i in range(3))
    return [h() for h in lst], [h() for h in gen]
print(f())
print("== 13")
def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x += 10
            def c():
                nonlocal x
                x += 100
                return x
            return c()
        return b()
    return a(), x
print(outer())
print("== 14")
def f():
    if False:
        global qq
    qq = 5
f()
print(qq)
print("== 15")
def f():
    for gg in range(2):
        global gg2
    return 1
print(f())
print("== 16")
def f():
    import os.path as osp, sys
    def g():
        return osp.__name__, sys.__name__
    return g()
print(f())
print("== 17")
def f():
    def g():
        return h()
    def h():
        return "h"
    return g()
print(f())
print("== 18")
def f():
    x = 1
    def g():
        x = 2
        def h():
            return x
        return h()
    return g()
print(f())
print("== 19")
def f():
    class A:
        pass
    def g():
        class B(A):
            pass
        return B.__mro__
    return [c.__name__ for c in g()]
print(f())
print("== 20")
def f():
    @deco
    def g(): pass
    return g
def deco(fn):
    return fn.__qualname__
print(f())
print("== 21")
def f(*, x):
    def g():
        return x
    return g()
print(f(x=3))
print("== 22")
def f(*args, **kwargs):
    return (lambda: (args, kwargs))()
print(f(1, a=2))
print("== 23")
def f():
    a = 1
    def g():
        a
        a = 2
    try:
        g()
    except UnboundLocalError as e:
        print(e)
f()
print("== 24")
def f():
    try:
        pass
    finally:
        x = 1
    def g():
        return x
    return g()
print(f())
print("== 25")
def f():
    with open(__import__('os').devnull) as fh:
        def g():
            return fh.closed
    return g()
print(f())
print("== 26")
def f():
    match (1, 2):
        case (a, b):
            pass
    return (lambda: a + b)()
print(f())
print("== 27")
def f():
    for i, (j, k) in enumerate([(1, 2)]):
        pass
    return (lambda: (i, j, k))()
print(f())
print("== 28")
import sys
def f():
    try:
        1/0
    except ZeroDivisionError:
        def g():
            return sys.exc_info()[0]
        return g()
print(f())
print("== 29")
def f():
    def g():
        return __name__, __builtins__ is not None
    return g()
print(f())
print("== 30")
x = 1
def f():
    print(x)
    def g():
        global x
        x = 2
    g()
    print(x)
f()

