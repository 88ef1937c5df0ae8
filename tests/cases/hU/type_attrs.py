class A:
    "A doc"
    x: int = 1
    y: "str"
    def m(self): pass
class B(A):
    pass
print(A.__doc__, B.__doc__, B().__doc__)
print(A.__annotations__, B.__annotations__, "__annotations__" in B.__dict__)
class C:
    pass
print(C.__annotations__ if False else "skip", C.__dict__.get("__annotations__"))
mp = A.__dict__
print(type(mp).__name__, "m" in mp, mp["x"], len(mp) > 3, mp.get("zz", "dflt"))
try:
    mp["x"] = 2
except TypeError as e:
    print(e)
try:
    del mp["x"]
except TypeError as e:
    print(e)
print(sorted(k for k in mp.keys() if not k.startswith("__")), type(mp.copy()).__name__)
print(mp == dict(mp), list(iter(mp)) == list(mp.keys()))
try:
    mp | {"a": 1}
    print(sorted(k for k in (mp | {"a": 1}) if not k.startswith("__")))
except TypeError as e:
    print(e)
print(repr(A.__dict__)[:13])
print(A.__name__, A.__qualname__, A.__module__, A.__base__, A.__bases__, B.__base__)
print(A.__basicsize__ > 0 if hasattr(A, "__basicsize__") else "nobs", A.__flags__ & 0 == 0 if hasattr(A, "__flags__") else "noflags")
print(A.__text_signature__ if hasattr(A, "__text_signature__") else "no sig")
print(isinstance(A.__dict__["m"], type(lambda: 0)), A.m is A.__dict__["m"])
print(type.__dict__["__dict__"].__get__(A) is not None)
class WithSlotsDoc:
    __slots__ = ()
print(WithSlotsDoc.__doc__)
class DocNotFirst:
    x = 1
    "not a doc"
print(DocNotFirst.__doc__)
class FDoc:
    f"fstring {1}"
print(FDoc.__doc__)
class BDoc:
    b"bytes"
print(BDoc.__doc__)
A.__doc__ = "changed"
print(A.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(e)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(e)
class D1: pass
class D2: pass
class E(D1): pass
E.__bases__ = (D2,)
print(E.__bases__, E.__mro__, issubclass(E, D1), issubclass(E, D2))
try:
    E.__bases__ = ()
except TypeError as e:
    print(e)
try:
    E.__bases__ = (E,)
except TypeError as e:
    print(e)
try:
    E.__bases__ = (int,)
except TypeError as e:
    print(e)
try:
    E.__bases__ = [D1]
except TypeError as e:
    print(e)
try:
    E.__bases__ = (1,)
except TypeError as e:
    print(e)
try:
    object.__bases__ = ()
except TypeError as e:
    print(e)
print([c.__name__ for c in D2.__subclasses__()], [c.__name__ for c in D1.__subclasses__()])
class F(E): pass
class G(F): pass
E.__bases__ = (D1,)
print([c.__name__ for c in G.__mro__], issubclass(G, D1), issubclass(G, D2))
D1.hello = "from D1"
print(G.hello, G().hello)
