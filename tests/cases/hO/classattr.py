class C:
    a = 1
    def f(self):
        return self
c = C()
print(vars(c), c.__dict__)
c.b = 2
print(vars(c), sorted(vars(C).keys()))
c.__dict__ = {"z": 26}
print(c.z, vars(c))
try:
    c.__dict__ = [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    del c.__dict__
    print("deleted", vars(c))
except Exception as e:
    print(type(e).__name__, e)
setattr(c, "with space", 5)
print(getattr(c, "with space"), vars(c))
try:
    setattr(c, 5, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    getattr(c, "nope")
except Exception as e:
    print(type(e).__name__, e)
print(getattr(c, "nope", "dflt"), getattr(C, "a"), getattr(C, "f"))  if False else print(getattr(c, "nope", "dflt"))
try:
    delattr(c, "nope")
except Exception as e:
    print(type(e).__name__, e)
try:
    delattr(C, "nope")
except Exception as e:
    print(type(e).__name__, e)
try:
    del c.a
except Exception as e:
    print(type(e).__name__, e)
try:
    C.nope
except Exception as e:
    print(type(e).__name__, e)
setattr(C, "new", lambda self: "new!")
print(c.new(), C.new(c))
delattr(C, "new")
print(hasattr(c, "new"))
o = object()
for op in ("set", "get", "del"):
    try:
        if op == "set":
            o.x = 1
        elif op == "get":
            o.x
        else:
            del o.x
    except Exception as e:
        print(op, type(e).__name__, e)
try:
    vars(o)
except Exception as e:
    print(type(e).__name__, e)
try:
    o.__dict__
except Exception as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    vars(5)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(a for a in dir(c) if not a.startswith("__")))
print(dir(o) == dir(object), len(dir(object)) > 20, "__class__" in dir(o))
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except Exception as e:
    print(type(e).__name__, e)
class TupDir:
    def __dir__(self):
        return ("z", "y")
print(dir(TupDir()))
import math
print([n for n in dir(math) if n.startswith("f")][:5])
class Slots:
    __slots__ = ("a", "b")
s = Slots()
s.a = 1
try:
    s.c = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    s.b
except Exception as e:
    print(type(e).__name__, e)
try:
    vars(s)
except Exception as e:
    print(type(e).__name__, e)
print(Slots.a, type(Slots.a).__name__, sorted(x for x in dir(s) if not x.startswith("__")))
print(Slots.__slots__, "__dict__" in dir(s))
try:
    del s.b
except Exception as e:
    print(type(e).__name__, e)
