class Tracer:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
t = Tracer()
t.method()
len(t.log)
print(t.log)
str(t)
repr(t)
print(t.log)
t2 = Tracer()
_ = t2.__class__
_ = t2.__dict__
print(t2.log)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattribute__(self, name):
        if name in ("_t", "__class__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_t"), name)
    def __len__(self):
        return 99
p = Proxy([1, 2, 3])
print(p.count(2), p.index(3), len(p), type(p).__name__)
try:
    p[0]
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(p, Proxy), isinstance(p, list))
class ClassProxy:
    @property
    def __class__(self):
        return list
cp = ClassProxy()
print(isinstance(cp, list), type(cp).__name__, cp.__class__.__name__)
try:
    issubclass(ClassProxy, list)
    print(issubclass(ClassProxy, list))
except Exception as e:
    print(type(e).__name__, e)
class Err:
    def __getattribute__(self, name):
        raise ValueError("nope " + name)
e = Err()
try:
    e.x
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    getattr(e, "y", "default")
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    hasattr(e, "z")
except Exception as ex:
    print(type(ex).__name__, ex)
print(type(e).__name__)
class AE:
    def __getattribute__(self, name):
        raise AttributeError("always")
a = AE()
print(getattr(a, "x", "dflt"), hasattr(a, "y"))
try:
    a.foo
except AttributeError as ex:
    print(ex, ex.name)
print(type(a).__name__)
print(object.__getattribute__(a, "__class__").__name__)
try:
    object.__getattribute__(a, 5)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    object.__getattribute__(a, "nothing")
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    getattr(a, 5)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    setattr(a, 5, 1)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    delattr(a, 5)
except Exception as ex:
    print(type(ex).__name__, ex)
class SubStr(str): pass
class Obj: pass
o = Obj()
setattr(o, SubStr("dyn"), 1)
print(o.dyn, list(vars(o)), type(list(vars(o))[0]).__name__)
setattr(o, "with space", 2)
print(getattr(o, "with space"), vars(o))
