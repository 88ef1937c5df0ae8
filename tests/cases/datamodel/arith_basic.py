# Binary arithmetic special methods, reflected operands and NotImplemented fallbacks.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(%r)" % (self.x,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return V(o + self.x + 1000)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o) if isinstance(o, int) else NotImplemented
    def __rsub__(self, o):
        return V(o - self.x) if isinstance(o, int) else NotImplemented
    def __mul__(self, o):
        return V(self.x * o)
    __rmul__ = __mul__
    def __matmul__(self, o):
        return ("matmul", self.x, o)
    def __rmatmul__(self, o):
        return ("rmatmul", o, self.x)
    def __truediv__(self, o):
        return ("truediv", self.x, o)
    def __rtruediv__(self, o):
        return ("rtruediv", o, self.x)
    def __floordiv__(self, o):
        return ("floordiv", self.x, o)
    def __rfloordiv__(self, o):
        return ("rfloordiv", o, self.x)
    def __mod__(self, o):
        return ("mod", self.x, o)
    def __rmod__(self, o):
        return ("rmod", o, self.x)
    def __divmod__(self, o):
        return ("divmod", self.x, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.x)
    def __pow__(self, o, m=None):
        return ("pow", self.x, o, m)
    def __rpow__(self, o, m=None):
        return ("rpow", o, self.x, m)
    def __lshift__(self, o):
        return ("lshift", self.x, o)
    def __rlshift__(self, o):
        return ("rlshift", o, self.x)
    def __rshift__(self, o):
        return ("rshift", self.x, o)
    def __rrshift__(self, o):
        return ("rrshift", o, self.x)
    def __and__(self, o):
        return ("and", self.x, o)
    def __rand__(self, o):
        return ("rand", o, self.x)
    def __or__(self, o):
        return ("or", self.x, o)
    def __ror__(self, o):
        return ("ror", o, self.x)
    def __xor__(self, o):
        return ("xor", self.x, o)
    def __rxor__(self, o):
        return ("rxor", o, self.x)
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return ("pos", self.x)
    def __abs__(self):
        return ("abs", self.x)
    def __invert__(self):
        return ("invert", self.x)

a = V(3)
t("add", lambda: a + V(4))
t("add int", lambda: a + 1)
t("radd", lambda: 1 + a)
t("add str", lambda: a + "s")
t("radd str", lambda: "s" + a)
t("sub", lambda: a - 1)
t("rsub", lambda: 10 - a)
t("sub float", lambda: a - 1.5)
t("rsub float", lambda: 1.5 - a)
t("mul", lambda: a * 2)
t("rmul", lambda: 2 * a)
t("rmul list", lambda: [1] * a)
t("matmul", lambda: a @ 2)
t("rmatmul", lambda: 2 @ a)
t("truediv", lambda: a / 2)
t("rtruediv", lambda: 2 / a)
t("floordiv", lambda: a // 2)
t("rfloordiv", lambda: 2 // a)
t("mod", lambda: a % 2)
t("rmod", lambda: 2 % a)
t("rmod str", lambda: "%s" % a)
t("divmod", lambda: divmod(a, 2))
t("rdivmod", lambda: divmod(2, a))
t("pow", lambda: a ** 2)
t("rpow", lambda: 2 ** a)
t("pow3", lambda: pow(a, 2, 5))
t("pow3 r", lambda: pow(2, a, 5))
t("lshift", lambda: a << 1)
t("rlshift", lambda: 1 << a)
t("rshift", lambda: a >> 1)
t("rrshift", lambda: 1 >> a)
t("and", lambda: a & 1)
t("rand", lambda: 1 & a)
t("or", lambda: a | 1)
t("ror", lambda: 1 | a)
t("xor", lambda: a ^ 1)
t("rxor", lambda: 1 ^ a)
t("neg", lambda: -a)
t("pos", lambda: +a)
t("abs", lambda: abs(a))
t("invert", lambda: ~a)

class Plain:
    pass
p = Plain()
t("p+1", lambda: p + 1)
t("1+p", lambda: 1 + p)
t("p-p", lambda: p - p)
t("p*p", lambda: p * p)
t("p@p", lambda: p @ p)
t("p/1", lambda: p / 1)
t("p//1", lambda: p // 1)
t("p%1", lambda: p % 1)
t("divmod", lambda: divmod(p, 1))
t("p**1", lambda: p ** 1)
t("pow3", lambda: pow(p, 1, 2))
t("pow3b", lambda: pow(1, 2, p))
t("p<<1", lambda: p << 1)
t("p>>1", lambda: p >> 1)
t("p&1", lambda: p & 1)
t("p|1", lambda: p | 1)
t("p^1", lambda: p ^ 1)
t("-p", lambda: -p)
t("+p", lambda: +p)
t("~p", lambda: ~p)
t("abs p", lambda: abs(p))
t("str-int", lambda: "a" - 1)
t("list+tuple", lambda: [1] + (2,))
t("tuple+list", lambda: (1,) + [2])
t("str+int", lambda: "a" + 1)
t("int+str", lambda: 1 + "a")
t("None+None", lambda: None + None)
t("-str", lambda: -"a")
t("~float", lambda: ~1.5)
t("abs str", lambda: abs("x"))
t("list*float", lambda: [1] * 1.5)
t("str*str", lambda: "a" * "b")
t("dict|list", lambda: {} | [])
t("set-list", lambda: {1} - [1])
