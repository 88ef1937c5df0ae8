class MyInt(int):
    def __new__(cls, value, label="x"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj
    def __repr__(self):
        return f"MyInt({int(self)}, {self.label!r})"

a = MyInt(5, "five")
print(a, repr(a), str(a), a + 1, type(a + 1).__name__)
print(a.label, a == 5, hash(a) == hash(5), isinstance(a, int))
print(type(a).__mro__)
print(f"{a}", "%d" % a, "%s" % a, "%r" % a, format(a, "04d"))
print(int(a), type(int(a)))
print(-a, type(-a).__name__, abs(a), +a, type(+a).__name__)
print(a.__dict__)
print(sorted([MyInt(3), MyInt(1), 2]))
print(a.real, type(a.real).__name__, a.numerator, a.bit_length())
print(a.to_bytes(2, "big"), MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)

class Hex(int):
    def __str__(self):
        return hex(self)
h = Hex(255)
print(h, str(h), repr(h), f"{h}", "{}".format(h), [h], "%s" % h, "%d" % h)
import json
print(json.dumps(h), json.dumps([a]))

class Noinit(int):
    pass
n = Noinit("12", 8)
print(n, type(n).__name__)
try:
    Noinit("zz")
except Exception as e:
    print(type(e).__name__, e)
try:
    Noinit(1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    MyInt()
except Exception as e:
    print(type(e).__name__, e)

class Weird(int):
    def __init__(self, *args):
        print("init", args)
w = Weird(7)
print(w)
print(Weird.__base__, Weird.__bases__, Weird.__name__, Weird.__qualname__, Weird.__module__)
print(True + MyInt(1), MyInt(2) ** 10, divmod(MyInt(7), 2))
print(bool(MyInt(0)), MyInt(0) or "empty")
class Big(int): pass
b = Big(10**30)
print(b, b + 1, type(b).__name__, b.__class__ is Big)
print(int.__new__(Big, 4), type(int.__new__(Big, 4)).__name__)
try:
    int.__new__(str, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__new__(5)
except Exception as e:
    print(type(e).__name__, e)
