log = []
class D:
    def __init__(self, n): self.n = n
    def __set_name__(self, owner, name):
        log.append(f"set_name {name} owner_has_attr={hasattr(owner, 'marker')}")
class Base:
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {kw}")
        cls.marker = True
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(f"meta new {name} {kw}")
        cls = super().__new__(m, name, bases, ns, **kw)
        log.append(f"meta new done {name}")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"meta init {name} {kw}")
        super().__init__(name, bases, ns)
class MB(Base, metaclass=Meta):
    pass
log.clear()
class Sub(MB, flag=1):
    x = D(1)
    y = D(2)
for l in log:
    print(l)
def deco(cls):
    print("decorating", cls.__name__)
    return cls
def deco2(cls):
    print("decorating2", cls.__name__)
    return 5
@deco
@deco2
class Decorated:
    print("class body runs first")
print(Decorated)
def body_print():
    print("bases evaluated")
    return object
def kw_print():
    print("kw evaluated")
    return {}
class Ordered(body_print(), **kw_print()):
    print("body")
class BadMetaInit(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
try:
    class X(metaclass=BadMetaInit, k=1): pass
except Exception as e:
    print(type(e).__name__, e)
class BadMetaNew(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, ns)
try:
    class Y(metaclass=BadMetaNew, k=1): pass
except Exception as e:
    print(type(e).__name__, e)
class MetaKw(type):
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)
try:
    class Z(metaclass=MetaKw, k=1): pass
except Exception as e:
    print(type(e).__name__, e)
class MetaKw2(type):
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Z2(metaclass=MetaKw2, k=1): pass
print(type(Z2).__name__)
try:
    class Z3(metaclass=MetaKw2, k=1, **{"k": 2}): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Z4(*[object, object]): pass
except Exception as e:
    print(type(e).__name__, e)
bases = (Base,)
class Z5(*bases, **{"q": 1}): pass
print(Z5.__bases__)
