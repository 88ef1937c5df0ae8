class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return f"{cls.__name__}.{name}"
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r} (meta)")
    def __setattr__(cls, name, value):
        print("meta setattr", cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta delattr", cls.__name__, name)
        super().__delattr__(name)
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    @upper_name.setter
    def upper_name(cls, v):
        print("setting upper_name on", cls.__name__, v)
class K(metaclass=Meta):
    x = 1
print(K.dyn_a, K.x, K.upper_name)
try:
    K.missing
except AttributeError as e:
    print(e)
try:
    K().dyn_a
except AttributeError as e:
    print(e)
K.y = 2
K.upper_name = "new"
print(K.y, "upper_name" in K.__dict__)
del K.y
try:
    del K.y
except AttributeError as e:
    print(e)
print(hasattr(K, "dyn_q"), getattr(K, "nope", "dflt"))
class Sub(K):
    pass
print(Sub.dyn_b, Sub.upper_name, type(Sub).__name__)
Sub.z = 3
class Counter(type):
    calls = 0
    def __getattribute__(cls, name):
        Counter.calls += 1
        return super().__getattribute__(name)
class C2(metaclass=Counter):
    a = 1
C2.a; C2.a; C2().a
print(Counter.calls >= 2)
class ReadOnlyMeta(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is read-only")
class RO(metaclass=ReadOnlyMeta):
    v = 1
try:
    RO.v = 2
except AttributeError as e:
    print(e)
r = RO()
r.v = 5
print(r.v, RO.v)
try:
    setattr(RO, "w", 1)
except AttributeError as e:
    print(e)
type.__setattr__(RO, "w", 9)
print(RO.w)
try:
    type.__setattr__(int, "w", 9)
except TypeError as e:
    print(e)
try:
    type.__setattr__(r, "w", 9)
except TypeError as e:
    print(e)
try:
    object.__setattr__(RO, "w", 10)
except TypeError as e:
    print(e)
