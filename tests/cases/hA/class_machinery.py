try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(e)
class A:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return str(e)
print(A.s())
def outside():
    try:
        super()
    except RuntimeError as e:
        return str(e)
print(outside())
class B:
    @property
    def v(self): return "B.v"
class C(B):
    @property
    def v(self): return "C>" + super().v
print(C().v)
class D(C):
    v = B.v
print(D().v)
class WriteOnly:
    def __set__(self, obj, val): obj.__dict__["_w"] = val * 2
class H:
    w = WriteOnly()
h = H(); h.w = 5; print(h._w, type(H.w).__name__, h.__dict__)
class Validated:
    def __init__(self, typ): self.typ = typ
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, cls=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}, got {type(v).__name__}")
        setattr(obj, self.name, v)
class Person:
    name = Validated(str)
    age = Validated(int)
    def __init__(self, n, a): self.name = n; self.age = a
p = Person("Al", 3); print(p.name, p.age)
try:
    Person("Bo", "x")
except TypeError as e:
    print(e)
class Reg(type):
    classes = []
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        m.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class Model(metaclass=Reg):
    def __init__(self, x): self.x = x
class User(Model): pass
u = User(5); print(Reg.classes, u.x, u.created_by_meta, type(User).__name__)
print(isinstance(User, Reg), issubclass(Reg, type))
class Meta2(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
    def __len__(cls): return 99
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter([1, 2])
class Magic(metaclass=Meta2): pass
print(isinstance(42, Magic), isinstance(1, Magic), issubclass(int, Magic), len(Magic), Magic["x"], list(Magic))
class AutoProp:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        for k in list(vars(cls)):
            if k.startswith("get_"):
                setattr(cls, prefix + k[4:], property(getattr(cls, k)))
class Thing(AutoProp, prefix="p_"):
    def get_size(self): return 10
print(Thing().p_size)
class Cnt:
    n = 0
    def __init__(self):
        type(self).n += 1
class SubCnt(Cnt): pass
Cnt(); SubCnt(); SubCnt()
print(Cnt.n, SubCnt.n)
class Fwd:
    def method(self) -> "Fwd": return self
    attr: "int" = 5
    other: list[int]
print(Fwd.__annotations__, Fwd.method.__annotations__)
class WithNew:
    def __new__(cls, v):
        if v < 0:
            return "negative!"
        obj = super().__new__(cls)
        obj.v = v
        return obj
    def __init__(self, v):
        print("init called with", v)
print(WithNew(-1), WithNew(2).v)
class Immutable(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
print(Immutable(1, 2), Immutable(1, 2).a, len(Immutable(3, 4)))
class Chain:
    def __init__(self): self.ops = []
    def add(self, x): self.ops.append(("add", x)); return self
    def mul(self, x): self.ops.append(("mul", x)); return self
print(Chain().add(1).mul(2).add(3).ops)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({Eq(1), Eq(1), Eq(2)}), Eq(1) in [Eq(1)], {Eq(1): "a"}[Eq(1)])
class Ctx:
    def __init__(self): self.entered = 0
    def __enter__(self): self.entered += 1; return self
    def __exit__(self, *a): pass
c = Ctx()
with c, c, c:
    pass
print(c.entered)
print(type.__name__, type(type).__name__, type(object).__name__, object.__class__, type.__class__)
print(A.__dict__["s"].__class__.__name__, vars(A).keys() >= {"s"}, "__module__" in vars(A), "__weakref__" in vars(A))
