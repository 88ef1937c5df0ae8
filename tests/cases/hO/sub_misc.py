class F(float):
    def __new__(cls, v=0.0, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
    def __repr__(self):
        return f"{float(self)!r}{self.unit}"
f = F(1.5, "s")
print(f, repr(f), f + 1, type(f + 1).__name__, F(), F("2.5"), f.is_integer(), f.hex())
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), round(f), type(round(f, 1)).__name__)
print(float(f), type(float(f)).__name__, "%.2f" % f, f"{f:.3f}", format(f), str(f))
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.real, c.imag, c.conjugate())
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def total(self):
        return sum(self)
t = T(1, 2, 3)
print(t, t.total(), len(t), type(t[:2]).__name__, t + (4,), type(t + (4,)).__name__, t == (1, 2, 3))
print(tuple(t), type(tuple(t)).__name__, hash(t) == hash((1, 2, 3)), t.count(1), t.index(3))
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x, p.y, list(p), [p], {p: 1})
try:
    p.z = 1
except Exception as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
class B(bytes):
    def __new__(cls, s):
        return super().__new__(cls, s.encode())
b = B("hi")
print(b, repr(b), type(b).__name__, b + b"!", type(b + b"!").__name__, b.decode(), b[0], b[:1], type(b[:1]).__name__)
class BA(bytearray):
    pass
ba = BA(b"xy")
ba.append(65)
print(ba, type(ba).__name__, repr(ba), ba + b"z", type(ba + b"z").__name__, ba.upper(), type(ba.upper()).__name__)
class S(set):
    def __init__(self, it=(), name=""):
        super().__init__(it)
        self.name = name
s = S([1, 2, 3], "nums")
print(sorted(s), s.name, type(s | {4}).__name__, type(s.copy()).__name__, s == {1, 2, 3}, repr(S()), S([1]))
class FS(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, args)
fs = FS(1, 2)
print(sorted(fs), type(fs).__name__, repr(FS()), FS(1), type(fs | {3}).__name__, hash(fs) == hash(frozenset({1, 2})))
try:
    class R(range):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bo(bool):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class N(type(None)):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Sl(slice):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Fn(type(lambda: 0)):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class M(memoryview):
        pass
except Exception as e:
    print(type(e).__name__, e)
class O(object):
    pass
print(O(), type(O()).__name__) if False else print(type(O()).__name__, O.__bases__)
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise E(42, "boom")
except E as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class E2(ValueError):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e2 = E2(1, 2)
print(e2.args, str(e2), repr(e2), e2.a)
class E3(KeyError):
    pass
print(str(E3("k")), repr(E3("k")), str(E3()), str(E3(1, 2)))
class E4(Exception):
    def __new__(cls, *args):
        o = super().__new__(cls, *args)
        o.extra = "x"
        return o
e4 = E4(1, 2)
print(e4.args, e4.extra, e4)
