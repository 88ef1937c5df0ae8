class Base:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "Base(%r)" % self.x
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def st(a, b=2):
        return a + b
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return "Derived:" + super().who() + ":" + super(Derived, self).who()
    @classmethod
    def make(cls, v):
        return super().make(v) if cls is Base else cls(v, v)
d = Derived(1, 2)
print(d.who(), Derived.make(5).who(), Base.make(3).who(), d.st(1), Derived.st(1, 5))
print(type(d).__name__, type(d).__qualname__, Derived.__mro__, Derived.__bases__, Base.__subclasses__())
print(isinstance(d, Base), issubclass(Derived, Base), issubclass(Base, Derived), issubclass(Derived, (int, Base)))
m = d.who
print(m.__self__ is d, m.__func__ is Derived.who, m.__name__, Derived.who.__qualname__)
class Store:
    counter = 0
    def inc(self):
        Store.counter += 1
        self.counter += 10
        return self.counter
s = Store()
print(s.inc(), s.inc(), Store.counter, s.counter, vars(s))
class D:
    def __init__(self): self.log = []
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)
class NonData:
    def __get__(self, obj, objtype=None): return "nondata"
class Data:
    def __get__(self, obj, objtype=None): return "data"
    def __set__(self, obj, v): print("set", v)
    def __delete__(self, obj): print("delete")
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Holder:
    a = D()
    b = NonData()
    c = Data()
h = Holder()
print(h.a, Holder.a, h.b)
h.b = 5; print(h.b)
h.c = 7; print(h.c); del h.c
h.__dict__["c"] = 99; print(h.c)
try:
    super(Derived, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super().x
except RuntimeError as e:
    print("RuntimeError", e)
class Slots:
    __slots__ = ("a", "b")
s = Slots(); s.a = 1
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
print(s.a, hasattr(s, "__dict__"), Slots.a)
class Meta(type):
    def __repr__(cls): return "<Meta %s>" % cls.__name__
    def __call__(cls, *a): print("meta call", a); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, *a): self.a = a
print(WithMeta, WithMeta(1, 2).a, type(WithMeta))
