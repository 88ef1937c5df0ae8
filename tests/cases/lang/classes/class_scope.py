x = 'global'
class A:
    x = 'class'
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().m(), A.z, A.w)
def f():
    x = 'enclosing'
    class B:
        print('in B:', x)
        x = 'classvar'
        print('after:', x)
        def m(self):
            return x
    return B
print(f()().m())
def g():
    v = 'free'
    class C:
        r = v
    return C.r
print(g())
class D:
    n = 3
    l = [i * 2 for i in range(n)]
print(D.l)
class E:
    a = 1
    b = [a for _ in range(1)] if False else None
    print(sorted(locals().keys() & {'a', 'b'}))
def h():
    y = 1
    class F:
        nonlocal_y = y
        def m(self):
            nonlocal y
            y += 1
            return y
    return F().m(), F.nonlocal_y
print(h())
