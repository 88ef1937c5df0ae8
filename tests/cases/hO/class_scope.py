x = "global"
class A:
    x = "class"
    y = x
    def m(self):
        return x
    lst = [x for _ in range(1)]
    try:
        lst2 = [y for _ in range(1)]
    except NameError as e:
        err = str(e)
    first = [i for i in range(3)]
    gen_first = list(i * 2 for i in range(2))
print(A.y, A().m(), A.lst, A.err, A.first, A.gen_first)
def outer():
    v = "outer-local"
    class B:
        w = v
        v = "class-v"
        def get(self):
            return v
    return B
B = outer()
print(B.w, B.v, B().get())
def outer2():
    z = 1
    class C:
        nonlocal z
        z = 2
    return z, hasattr(C, "z")
print(outer2())
class D:
    global gx
    gx = "set from class"
print(gx, hasattr(D, "gx"))
class E:
    __private = 1
    def get(self):
        return self.__private, E.__private, getattr(self, "_E__private")
    class Inner:
        def peek(self):
            return E._E__private
print(E().get(), E.Inner().peek(), "_E__private" in E.__dict__, "__private" in E.__dict__)
try:
    E().__private
except AttributeError as e:
    print(e)
class _Under:
    __x = 5
    def f(self):
        return self.__x
print(_Under().f(), sorted(k for k in _Under.__dict__ if "x" in k))
class ___:
    __y = 1
print(sorted(k for k in ___.__dict__ if "y" in k))
class F:
    def __init__(self):
        self.__dict__["__dunder__"] = 1
        self.__z__ = 2
print(sorted(vars(F())))
class G:
    a = 1
    b = a + 1
    del a
print(hasattr(G, "a"), G.b)
class H:
    def f(self):
        return __class__
    def g(self):
        return __class__.__name__
print(H().f() is H, H().g())
class I:
    locals_snapshot = sorted(locals())
print(I.locals_snapshot)
class J:
    if True:
        cond = "yes"
    else:
        cond = "no"
    for loopvar in range(3):
        pass
    while False:
        pass
    with open(__file__) as fh:
        first_line = fh.readline().strip()
    del fh
print(J.cond, J.loopvar, J.first_line)
