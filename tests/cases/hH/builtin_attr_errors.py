class A:
    __slots__ = ("x",)
class B:
    pass
def f(): pass
for obj, name in [([], "x"), ((1), "x"), ("s", "x"), (None, "x"), (A(), "y"), (A(), "x"), (B, "__name__"), (int, "x"), (f, "x"), (len, "x"), (print, "__name__"), (1.5, "real"), ([].append, "x"), (object(), "x"), (type, "x"), (range(1), "start"), (slice(1), "stop"), (f, "__name__"), (B(), "__dict__"), (B(), "__class__"), (1j, "imag"), (True, "real"), (Exception(), "args"), (Exception(), "x"), (iter([]), "x"), ({}.keys(), "x"), (property(), "fget"), (staticmethod(f), "x")]:
    for op in ("get", "set", "del"):
        try:
            if op == "get":
                r = getattr(obj, name)
                r = type(r).__name__
            elif op == "set":
                setattr(obj, name, 5)
                r = "set ok"
            else:
                delattr(obj, name)
                r = "del ok"
            print(type(obj).__name__, name, op, r)
        except Exception as e:
            print(type(obj).__name__, name, op, type(e).__name__, e)
