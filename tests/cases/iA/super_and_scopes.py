def t(f):
    try: print(repr(f()))
    except Exception as e: print("!!", type(e).__name__, e)
class A:
    def __init__(self, **kw):
        print("A init", sorted(kw)); super().__init__()
    def hello(self): return "A"
    @classmethod
    def make(cls): return f"make {cls.__name__}"
    @staticmethod
    def st(): return "A.st"
class B(A):
    def __init__(self, b=0, **kw):
        print("B init", b); super().__init__(**kw)
    def hello(self):
        def inner(): return super().hello()
        return inner
    @classmethod
    def make(cls): return "B+" + super().make()
    @staticmethod
    def st():
        return super().st()
class C(A):
    def __init__(self, c=0, **kw):
        print("C init", c); super().__init__(**kw)
    def hello(self): return "C>" + super().hello()
class D(B, C):
    def __init__(self, **kw):
        print("D init"); super().__init__(**kw)
    def hello(self): return "D>" + C.hello(self)
    def cls_cell(self): return __class__.__name__
D(b=1, c=2, extra=3)
t(lambda: D().hello())
t(lambda: B().hello()())
t(lambda: D.make())
t(lambda: B.st())
t(lambda: D().cls_cell())
t(lambda: super(B, D()).hello())
t(lambda: super(D, D).make())
t(lambda: super(int, "x"))
t(lambda: super())
def outside(self): return super().hello()
B.outside = outside
t(lambda: B().outside())
def factory(n):
    class Local:
        count = n
        def get(self): return self.count + n
        def __repr__(self): return f"<{type(self).__qualname__} {n}>"
    return Local
L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1(), L1.__qualname__, L1 is L2)
class Outer:
    x = 10
    class Inner:
        y = 20
        def f(self): return self.y
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    gen = list(i for i in range(3))
    def meth(self): return Outer.Inner().f() + self.x
print(Outer.Inner.__qualname__, Outer().meth(), Outer.doubled, Outer.gen)
t(lambda: exec("class Q:\n  z = 5\n  w = [z for _ in range(2)]"))
t(lambda: exec("class Q:\n  z = 5\n  w = [i for i in range(z)]\nprint(Q.w)"))
class WithGen:
    def __iter__(self):
        yield from range(3)
        yield from self.extra()
    def extra(self):
        yield "x"
print(list(WithGen()), [*WithGen()], dict.fromkeys(WithGen()))
class Prop:
    def __init__(self): self._v = 1
    v = property(lambda self: self._v, lambda self, x: setattr(self, "_v", x * 10))
class SubProp(Prop):
    @Prop.v.getter
    def v(self): return self._v + 0.5
sp = SubProp(); sp.v = 2; print(sp.v)
class CM:
    def __init_subclass__(cls, **kw): cls.registered = True
class Sub(CM): pass
print(Sub.registered, "registered" in vars(Sub), "registered" in vars(CM))
