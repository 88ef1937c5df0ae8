class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x!r})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        if isinstance(o, int): return V(o + self.x)
        return NotImplemented
    def __iadd__(self, o):
        if isinstance(o, str): return NotImplemented
        self.x += o if isinstance(o, int) else o.x
        return self
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return "rsub:" + repr(o)
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __matmul__(self, o): return ("matmul", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __lshift__(self, o): return NotImplemented
    def __rlshift__(self, o): return ("rlshift", o)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return self
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __floordiv__(self, o): return NotImplemented
    def __truediv__(self, o): return NotImplemented

class W(V):
    def __radd__(self, o):
        print("W.radd", o)
        return W(99)
    def __repr__(self): return f"W({self.x!r})"

a = V(1); b = V(2)
print(a + b, a + 5, 5 + a)
print(V(1) + W(2))
print(W(2) + V(1))
try: print(a + "s")
except TypeError as e: print("TypeError", e)
try: print("s" + a)
except TypeError as e: print("TypeError", e)
c = a
c += 3; print(c, c is a)
c += b; print(c)
try:
    c += "z"
except TypeError as e: print("TypeError", e)
print(a - 1, 1 - a)
try: a * 2
except TypeError as e: print("TypeError", e)
try: 2 * a
except TypeError as e: print("TypeError", e)
try: a * a
except TypeError as e: print("TypeError", e)
print(a @ 1, 1 @ a)
print(a ** 2, pow(a, 2, 5), 2 ** a)
try: pow(2, a, 5)
except TypeError as e: print("TypeError", e)
print(a << 1, 1 << a)
print(-a, +a is a, abs(V(-4)), ~V(0))
print(divmod(a, 1), divmod(1, a))
try: a // 1
except TypeError as e: print("TypeError", e)
try: a / a
except TypeError as e: print("TypeError", e)
x = V(0)
try:
    x -= 1
except TypeError as e: print("TypeError", e)
x = 1
x -= V(0)
print(x)
try:
    y = V(3); y *= 2
except TypeError as e: print("TypeError", e)
try:
    y = V(3); y //= 2
except TypeError as e: print("TypeError", e)
try:
    y = V(3); y **= 2; print(y)
except TypeError as e: print("TypeError", e)
class N:
    __add__ = None
try: N() + 1
except TypeError as e: print("TypeError", e)
try: 1 + N()
except TypeError as e: print("TypeError", e)
class Cmp:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "gt called"
print(Cmp() < Cmp())
try: print(Cmp() <= 1)
except TypeError as e: print("TypeError", e)
print(1 < Cmp(), 1 > Cmp() if False else "skip")
