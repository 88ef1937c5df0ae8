class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("keys", sorted(k for k in ns if k.startswith("__") and k != "__module__" and k != "__qualname__"))
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    def m(self): return __class__
print(A().m() is A)
class Order:
    def __set_name__(self, owner, name):
        print("set_name", name, "owner has init_subclass flag:", getattr(owner, "flag", None))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
        cls.flag = True
class Child(Base):
    a = Order()
    b = Order()
X = type("X", (Base,), {"c": Order()})
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns2)
class B(metaclass=Meta2):
    def m(self): return super().m()
