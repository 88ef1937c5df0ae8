G = 1
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals() is globals(), locals() is globals())
def f(a, b=2):
    c = 3
    loc = locals()
    print(sorted(loc.items()))
    d = 4
    print(sorted(locals()))
    loc["c"] = 99
    print(c)
f(1)
def g():
    x = 1
    def inner():
        return x
    print(sorted(locals()))
    return inner
g()
def h():
    y = 5
    def inner():
        print(sorted(locals()))
        return y
    return inner
h()()
class C:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals()["__module__"], locals()["__qualname__"])
    locals()["injected"] = 7
print(C.injected if hasattr(C, "injected") else "no")
def setg():
    globals()["NEWG"] = "set"
setg()
print(NEWG)
def comp():
    z = 1
    return [sorted(locals()) for _ in range(1)]
print(comp())
def gen():
    q = 1
    yield sorted(locals())
print(next(gen()))
lam = lambda p: sorted(locals())
print(lam(1))
try:
    globals(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    locals(1)
except Exception as e:
    print(type(e).__name__, e)
def delled():
    a = 1
    del a
    return locals()
print(delled())
def unbound():
    print(locals())
    b = 1
unbound()
print(type(globals()).__name__, globals()["__name__"], "__builtins__" in globals())
def nonl():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return sorted(locals().items())
    return inc
print(nonl()())
