import traceback
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args, getattr(e, 'name', None))
def a():
    print(x)
    x = 1
t(a)
def b():
    y = 1
    del y
    return y
t(b)
def c():
    def inner():
        return z
    inner()
    z = 3
t(c)
def d():
    global undefined_glob
    return undefined_glob
t(d)
def e():
    counter += 1
counter = 0
t(e)
def f():
    v = 1
    def g():
        nonlocal v
        del v
        return v
    return g()
t(f)
class K:
    attr = 1
    def m(self):
        return attr
t(lambda: K().m())
def h():
    lst = [w for w in range(3) if w > undefined_in_comp]
t(h)
def i():
    for q in []:
        pass
    return q
t(i)
def j():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
t(j)
def k():
    import math
    del math
    return math.pi
t(k)
def l():
    def m():
        print(n)
    m()
    n = 1
    del n
t(l)
class C2:
    def meth(self):
        return __class__, self.__missing
t(lambda: C2().meth())
def trace_it():
    def inner():
        return free_var
    inner()
    free_var = 1
try:
    trace_it()
except NameError:
    traceback.print_exc()
def final():
    total = 0
    for i in range(3):
        total += i
    print(totl)
final()
