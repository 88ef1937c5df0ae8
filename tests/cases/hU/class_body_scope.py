x = "global"
def outer():
    x = "enclosing"
    class C:
        print("C sees", x)
        x = "class"
        print("C now", x)
        def m(self):
            return x
        y = [x for _ in range(1)]
        z = (lambda: x)()
    return C
C = outer()
print(C().m(), C.y, C.z, C.x)
def outer2():
    v = 1
    class D:
        nonlocal v
        v = 2
    return v
print(outer2())
class G:
    global gvar
    gvar = "set from class"
print(gvar, hasattr(G, "gvar"))
class Loc:
    a = 1
    b = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
    mod = __module__
    qn = __qualname__
print(Loc.snapshot, Loc.mod, Loc.qn)
class DelMod:
    del __module__
print(DelMod.__module__)
class DelQual:
    del __qualname__
print(DelQual.__qualname__)
class SetQual:
    __qualname__ = "Custom.Name"
print(SetQual.__qualname__)
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print(e)
class CompScope:
    vals = [1, 2]
    try:
        doubled = [v * k for v in vals for k in vals]
    except NameError as e:
        err = str(e)
print(CompScope.err)
class ClassIter:
    items = range(3)
    first = [i for i in items]
print(ClassIter.first)
try:
    class RefClass:
        n = 1
        def f(self):
            return n
    RefClass().f()
except NameError as e:
    print(e)
try:
    class UsesClassName:
        me = UsesClassName
except NameError as e:
    print(e)
class Deco:
    def helper(f):
        return staticmethod(lambda: "wrapped " + f.__name__)
    @helper
    def target(): pass
    del helper
print(Deco.target(), hasattr(Deco, "helper"))
class Cond:
    if True:
        a = 1
    else:
        b = 2
    for i in range(2):
        pass
    while False:
        pass
    with open(__file__) as fh:
        line = fh.readline().strip()
    try:
        raise ValueError
    except ValueError:
        caught = True
    import math as m
print(Cond.a, hasattr(Cond, "b"), Cond.i, Cond.line, Cond.caught, Cond.m.__name__)
class Ann:
    x: int
    y: "List[int]" = []
    (z): int = 3
    w.attr if False else None
print(Ann.__annotations__, Ann.z)
