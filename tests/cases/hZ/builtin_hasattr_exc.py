class A:
    @property
    def attr_err(self): raise AttributeError("no")
    @property
    def val_err(self): raise ValueError("boom")
    ok = 1
a = A()
print(hasattr(a, "ok"), hasattr(a, "attr_err"), hasattr(a, "missing"), hasattr(A, "ok"))
try:
    hasattr(a, "val_err")
except ValueError as e:
    print("ValueError propagated", e)
try:
    hasattr(a, 1)
except TypeError as e:
    print(e)
class G:
    def __getattr__(self, n):
        if n == "k": raise KeyError(n)
        raise AttributeError(n)
try:
    print(hasattr(G(), "z"))
    hasattr(G(), "k")
except KeyError as e:
    print("KeyError", e)
print(hasattr(5, "real"), hasattr("s", "upper"), hasattr(None, "x"), hasattr(len, "__call__"))
