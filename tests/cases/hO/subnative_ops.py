class L(list):
    pass
a = L([1, 2])
b = L([3])
print(a + b, type(a + b).__name__, a * 2, type(2 * a).__name__, a == [1, 2], a < b, a[::-1], type(a[::-1]).__name__)
a += b
print(a, type(a).__name__)
a *= 2
print(a, type(a).__name__)
class T(tuple):
    pass
t = T((1, 2))
t2 = t
t += (3,)
print(t, type(t).__name__, t2 is t, type(t2).__name__)
class S(str):
    pass
s = S("ab")
s += "c"
print(s, type(s).__name__)
class D(dict):
    pass
d = D(a=1)
d |= {"b": 2}
print(d, type(d).__name__)
class St(set):
    pass
st = St([1, 2])
st |= {3}
st -= {1}
print(sorted(st), type(st).__name__, type(st & {2}).__name__, type({2} & st).__name__, type(st ^ st).__name__)
class I(int):
    def __add__(self, other):
        return "I.add"
    def __radd__(self, other):
        return "I.radd"
i = I(1)
print(i + 1, 1 + i, i + i, sum([i]), 5 - i, type(5 - i).__name__)
x = 10
x += i
print(x)
class I2(int):
    def __radd__(self, other):
        return "I2.radd"
print(1 + I2(1), I2(1) + 1, 1.5 + I2(1), True + I2(0))
class F(float):
    def __rmul__(self, other):
        return f"F.rmul({other})"
print(2 * F(1.5), 2.0 * F(1.5), F(1.5) * 2)
class Sub(I):
    def __radd__(self, other):
        return "Sub.radd"
print(I(1) + Sub(2), Sub(2) + I(1))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __iadd__(self, o):
        print("iadd")
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __bool__(self):
        return any(self.c)
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
v = Vec(3, 4)
w = v
v += Vec(1, 1)
print(v, w is v, -v, abs(Vec(3, 4)), 2 * v, v * 2, v == Vec(4, 5), v != Vec(4, 5), bool(Vec(0, 0)), v @ v)
try:
    v + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    1 + v
except Exception as e:
    print(type(e).__name__, e)
try:
    v - v
except Exception as e:
    print(type(e).__name__, e)
try:
    v < v
except Exception as e:
    print(type(e).__name__, e)
try:
    ~v
except Exception as e:
    print(type(e).__name__, e)
try:
    v ** 2
except Exception as e:
    print(type(e).__name__, e)
try:
    v @= 3
except Exception as e:
    print(type(e).__name__, e)
try:
    v //= v
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(v, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
class Pow:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o, mod=None):
        return ("rpow", o, mod)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 2, 5), pow(2, Pow()))
try:
    pow(2, Pow(), 5)
except Exception as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v if isinstance(o, Cmp) else o)
        return self.v < (o.v if isinstance(o, Cmp) else o)
    def __repr__(self):
        return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
print(Cmp(1) > Cmp(2), 3 > Cmp(1))
print(max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(2)]))
try:
    Cmp(1) <= Cmp(2)
except Exception as e:
    print(type(e).__name__, e)
