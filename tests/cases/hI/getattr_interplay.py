class Tracer:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.real = 1
    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append("ga:" + name)
        if name == "boom":
            raise AttributeError("boom from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append("gattr:" + name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        self.log.append("set:" + name)
        if name == "frozen":
            raise AttributeError("frozen is read-only")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append("del:" + name)
        super().__delattr__(name)
t = Tracer()
print(t.real, t.dyn_abc, t.boom)
try: t.missing
except AttributeError as e: print("AttributeError", e)
t.x = 5
try: t.frozen = 1
except AttributeError as e: print("AttributeError", e)
del t.x
try: del t.x
except AttributeError as e: print("AttributeError", e)
print(getattr(t, "nope", "default"), hasattr(t, "dyn_q"), hasattr(t, "zzz"))
print(t.log)
class G:
    def __getattr__(self, name):
        if name == "__len__": return lambda: 3
        raise AttributeError(name)
g = G()
print(g.__len__())
try: len(g)
except TypeError as e: print("TypeError", e)
class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try: Raises().foo
except KeyError as e: print("KeyError", e)
try: hasattr(Raises(), "foo")
except KeyError as e: print("KeyError from hasattr", e)
print(getattr(Raises(), "__class__").__name__)
class P:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback:" + name
print(P().bad)
class SetOnly:
    __slots__ = ("a",)
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)
s = SetOnly(); s.a = 1; print(s.a)
try: s.b = 2
except AttributeError as e: print("AttributeError", e)
try: object.__setattr__(1, "x", 2)
except AttributeError as e: print("AttributeError", e)
try: setattr(int, "x", 1)
except TypeError as e: print("TypeError", e)
try: object().x = 1
except AttributeError as e: print("AttributeError", e)
try: (1).x
except AttributeError as e: print("AttributeError", e)
try: del (1).real
except AttributeError as e: print("AttributeError", e)
try: "s".upper = 3
except AttributeError as e: print("AttributeError", e)
try: getattr(t, 1)
except TypeError as e: print("TypeError", e)
class C: pass
c = C()
setattr(c, "with space", 1)
print(getattr(c, "with space"), vars(c))
c.__dict__ = {"z": 1}
print(c.z)
try: c.__dict__ = 5
except TypeError as e: print("TypeError", e)
try: C.__name__ = 5
except TypeError as e: print("TypeError", e)
C.__name__ = "Renamed"; print(C.__name__, C.__qualname__, repr(C()).split(" ")[0])
def f(): pass
f.attr = 1; print(f.attr, f.__dict__)
try: f.__name__ = None
except TypeError as e: print("TypeError", e)
try: print(f.nope)
except AttributeError as e: print("AttributeError", e)
import math
try: math.nope
except AttributeError as e: print("AttributeError", e)
try: C.nope
except AttributeError as e: print("AttributeError", e)
try: None.nope
except AttributeError as e: print("AttributeError", e)
