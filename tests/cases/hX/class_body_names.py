class A:
    print(sorted(locals()))
    print(__qualname__, __module__)
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        print(__class__)
    except NameError as e:
        print('NameError', e)
    class Inner:
        print(__qualname__)
        def m(self): pass
    print(Inner.m.__qualname__)
    def f(self): pass
    print(f.__qualname__)
    g = lambda self: 0
    print(g.__qualname__)
    h = [lambda: 0][0]
    print(h.__qualname__)
    gen = (x for x in [1])
    print(gen.__qualname__)
def outer():
    class Local:
        def m(self):
            def inner(): pass
            return inner
    return Local
print(outer().__qualname__, outer()().m().__qualname__)
def fn():
    return [lambda: 0 for _ in range(1)][0]
print(fn().__qualname__)
class B:
    def __init__(self):
        class C: pass
        self.C = C
print(B().C.__qualname__)
class D:
    global GD
    class GD: pass
print(GD.__qualname__)
class E:
    def m(self):
        global GF
        def GF(): pass
E().m()
print(GF.__qualname__)
