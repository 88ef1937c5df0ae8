def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        return locals()
    class C:
        nonlocal x
        x = 5
        y = x
    print(C.y, x, 'x' in C.__dict__)
    print(g())
    return locals()
r = f()
print(sorted(r))
class K:
    a = 1
    print(sorted(locals()))
    global gv
    gv = 'set in class'
print(gv, hasattr(K, 'gv'))
g = {}
l = {}
exec('a = 1\ndef fn(): return a\nb = fn() if "a" in globals() else "nope"', g, l)
print(sorted(l), 'a' in g)
try:
    exec('a = 1\ndef fn(): return a\nprint(fn())', {}, {})
except NameError as e: print('NameError', e)
print(eval('x + y', {'x': 1}, {'y': 2}), eval('__name__', {}), eval('[v for v in (z,)]', {}, {'z': 3}) if False else '')
try:
    eval('[z for v in (1,)]', {}, {'z': 3})
except NameError as e: print('NameError', e)
def h():
    a = 1
    def inner():
        return a
    del a
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
h()
def locs():
    v = 1
    locals()['v'] = 2
    return v
print(locs())
def outer():
    q = 'q'
    def mid():
        def inner():
            return q
        return inner
    return mid()()
print(outer())
import builtins
print(type(__builtins__).__name__)
print(vars(K)['a'], sorted(vars().keys())[:3])
try: vars(1)
except TypeError as e: print(e)
def args_locals(a, *b, c=1, **d):
    return sorted(locals().items())
print(args_locals(1, 2, e=3))
class Outer:
    x = 'Outer.x'
    class Inner:
        try:
            y = x
        except NameError as e:
            y = 'NameError: ' + str(e)
print(Outer.Inner.y)
def fn_with_class():
    v = 'fv'
    class A:
        v = 'cv'
        def m(self): return v
        w = v
    return A().m(), A.w
print(fn_with_class())
