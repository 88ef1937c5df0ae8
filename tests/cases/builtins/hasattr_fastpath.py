import types, sys
m = types.ModuleType("m")
m.__getattr__ = lambda n: 42 if n == "x" else (_ for _ in ()).throw(AttributeError(n))
print(hasattr(m, "x"), getattr(m, "x", 0), hasattr(m, "y"), getattr(m, "y", "d"))
class P:
    @property
    def bad(self): raise AttributeError("inner")
    @property
    def err(self): raise ValueError("v")
print(hasattr(P(), "bad"), getattr(P(), "bad", "dflt"))
try: hasattr(P(), "err")
except ValueError as e: print("VE", e)
def f(): pass
f.attr = 1
print(hasattr(f, "attr"), hasattr(f.__get__(1), "attr"), hasattr(1, "real"), hasattr(int, "nope"), hasattr(None, "x"))
