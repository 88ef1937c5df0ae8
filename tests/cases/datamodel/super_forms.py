# super(): zero-arg, two-arg, in classmethods, nested functions, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    def m(self):
        return "A.m"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
    @staticmethod
    def s():
        return "A.s"
    @property
    def p(self):
        return "A.p"
class B(A):
    def m(self):
        return "B.m>" + super().m()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @staticmethod
    def s():
        return "B.s>" + super(B, B).s()
    @property
    def p(self):
        return "B.p>" + super().p
    def nested(self):
        def inner():
            return super(B, self).m()
        return inner()
    def lam(self):
        return (lambda: super(B, self).m())()
    def comp(self):
        return [super().m() for _ in range(1)]
    def gen(self):
        yield super().m()
class C(B):
    def m(self):
        return "C.m>" + super().m()
t("m", lambda: C().m())
t("c", lambda: C.c())
t("c inst", lambda: C().c())
t("s", lambda: C.s())
t("p", lambda: C().p)
t("nested", lambda: B().nested())
t("lam", lambda: B().lam())
t("comp", lambda: B().comp())
t("gen", lambda: list(B().gen()))
t("two arg", lambda: super(C, C()).m())
t("two arg skip", lambda: super(B, C()).m())
t("two arg class", lambda: super(B, C).c())
t("unbound super", lambda: super(B).__repr__().startswith("<super: <class 'B'>, NULL>"))
t("super repr", lambda: repr(super(B, C())).startswith("<super: <class 'B'>, <C object>>"))
t("super bad second", lambda: super(B, 5))
t("super bad first", lambda: super(5, 5))
t("super no args outside", lambda: super())
t("super missing attr", lambda: super(C, C()).nothing)
t("super __class__", lambda: super(C, C()).__class__.__name__)
t("super __self__", lambda: type(super(C, C()).__self__).__name__)
t("super __thisclass__", lambda: super(C, C()).__thisclass__.__name__)
t("super __self_class__", lambda: super(C, C()).__self_class__.__name__)
t("super of obj", lambda: super(A, A()).m)

class NoArgsMethod:
    def m():
        return super().x
t("no self", lambda: NoArgsMethod.m())

class Dunder:
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "D:" + super().__repr__()[:10]
    def __eq__(self, o):
        return super().__eq__(o)
    def __hash__(self):
        return super().__hash__() * 0 + 5
t("dunder init", lambda: Dunder().ok)
t("dunder repr", lambda: repr(Dunder()))
t("dunder eq", lambda: Dunder() == 1)
t("dunder hash", lambda: hash(Dunder()))

class Rebound:
    def m(self):
        x = super()
        return type(x).__name__
t("super type", lambda: Rebound().m())

class Outer:
    def m(self):
        class Inner:
            def im(self):
                return super().__repr__()[:7]
        return Inner().im()
t("inner class", lambda: Outer().m())

class WithCell:
    def m(self):
        return __class__
t("__class__ cell", lambda: WithCell().m().__name__)

class Del(A):
    def m(self):
        del self
        return super().m()
t("deleted self", lambda: Del().m())

class Arg0(A):
    def m(*args):
        return super().m()
t("*args self", lambda: Arg0().m())

class SNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
t("super __new__", lambda: SNew(1, 2).args)
class Mixin:
    def hello(self):
        return ["Mixin"] + getattr(super(), "hello", lambda: [])()
class Left(Mixin):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Mixin):
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()
t("diamond", lambda: Bottom().hello())
t("super setattr", lambda: setattr(super(B, B()), "x", 1))
