class Money:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"{type(self).__name__}({self.v})"
    def __sub__(self, o):
        print("Money.__sub__")
        return Money(self.v - o.v) if isinstance(o, Money) else NotImplemented
    def __rsub__(self, o):
        print("Money.__rsub__")
        return Money(o - self.v)
    def __lt__(self, o):
        print("Money.__lt__", type(o).__name__)
        return NotImplemented
    def __gt__(self, o):
        print("Money.__gt__", type(o).__name__)
        return self.v > (o.v if isinstance(o, Money) else o)
    def __eq__(self, o):
        print("Money.__eq__")
        return NotImplemented
class Euro(Money):
    def __rsub__(self, o):
        print("Euro.__rsub__")
        return Euro(99)
    def __gt__(self, o):
        print("Euro.__gt__")
        return "euro-gt"
    def __eq__(self, o):
        print("Euro.__eq__")
        return "euro-eq"
print(Money(5) - Euro(2))
print(Money(5) - Money(2))
print(10 - Money(3))
print(Money(1) < Euro(2))
print(Money(1) < Money(2))
print(Money(1) == Euro(1))
print(Euro(1) == Money(1))
print(Money(1) == Money(1))
m = Money(1)
print(m == m, m != m)
print(5 < Money(3))
class Inherits(Money):
    pass
print(Money(4) - Inherits(1))
# in-place falls back
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
    def __repr__(self): return f"OnlyAdd({self.v})"
x = OnlyAdd(1); y = x; x += 2; print(x, y, x is y)
class IaddNI:
    def __iadd__(self, o):
        print("iadd NI"); return NotImplemented
    def __add__(self, o):
        print("add"); return "added"
z = IaddNI(); z += 1; print(z)
class IaddNone:
    def __iadd__(self, o):
        return None
q = IaddNone(); q += 1; print(q)
try:
    a = object(); a += 1
except Exception as e:
    print(type(e).__name__, e)
try:
    a = []; a -= [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    a = "s"; a @= 1
except Exception as e:
    print(type(e).__name__, e)
try:
    a = 3; a **= "x"
except Exception as e:
    print(type(e).__name__, e)
try:
    a = 3; a <<= 1.0
except Exception as e:
    print(type(e).__name__, e)
try:
    -object()
except Exception as e:
    print(type(e).__name__, e)
try:
    ~1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    +"s"
except Exception as e:
    print(type(e).__name__, e)
try:
    abs("s")
except Exception as e:
    print(type(e).__name__, e)
class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
print(True + True, -True, ~True, ~False, +False, abs(-True))
