class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __iadd__(self, o): print("iadd"); self.c = (self + o).c; return self
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 2, 2 * a, -a, abs(V(3, 4)), a @ b, a == V(1, 2), a != b)
a += b; print(a)
print(sum([V(1, 1), V(2, 2)], V(0, 0)), sum([V(1, 1)]))
for expr in (lambda: a + "s", lambda: "s" + a, lambda: a * a, lambda: a - b, lambda: a < b, lambda: a @ 1):
    try:
        print(expr())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Sub(V):
    def __radd__(self, o): return "Sub.radd wins"
print(V(1) + Sub(2))
class P:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __truediv__(self, o): return "div"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __lshift__(self, o): return "lshift"
    def __rand__(self, o): return "rand"
    def __invert__(self): return "inv"
print(P() ** 2, pow(P(), 2, 5), 2 ** P(), P() / 1, 1 // P(), P() << 1, 1 & P(), ~P())
x = [1]; y = x; x += [2]; print(y)
t = (1,); u = t; t += (2,); print(u, t)
