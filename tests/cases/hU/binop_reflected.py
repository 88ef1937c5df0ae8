class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"{type(self).__name__}({self.x})"
    def __add__(self, o):
        print("V.__add__", self, o)
        return NotImplemented if not isinstance(o, V) else V(self.x + o.x)
    def __radd__(self, o):
        print("V.__radd__", self, o)
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __matmul__(self, o):
        return ("matmul", self.x, o)
    def __rmatmul__(self, o):
        return ("rmatmul", self.x, o)
    def __imatmul__(self, o):
        return ("imatmul", self.x, o)
    def __divmod__(self, o):
        return ("divmod", self.x, o)
    def __rdivmod__(self, o):
        return ("rdivmod", self.x, o)
    def __pow__(self, e, mod=None):
        return ("pow", self.x, e, mod)
    def __rpow__(self, b, mod=None):
        return ("rpow", self.x, b, mod)

class W(V):
    def __radd__(self, o):
        print("W.__radd__", self, o)
        return W(100)

print(V(1) + V(2))
print(V(1) + W(2))
print(W(1) + V(2))
print(3 + V(4))
print(V(1) @ 5, 5 @ V(1))
a = V(1); a @= 2; print(a)
print(divmod(V(3), 2), divmod(2, V(3)))
print(pow(V(2), 3), pow(V(2), 3, 5), pow(2, V(3)), 2 ** V(3))
try:
    print(pow(2, V(3), 5))
except Exception as e:
    print(type(e).__name__, e)
try:
    V(1) - V(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except Exception as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow("a", 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except Exception as e:
    print(type(e).__name__, e)
print(pow(3, -1, 7), pow(-2, 3, 5), pow(2, 10, -3))
try:
    pow(2, -1, 4)
except Exception as e:
    print(type(e).__name__, e)

class SubInt(int):
    def __radd__(self, o):
        return "SubInt.__radd__"
    def __rsub__(self, o):
        return NotImplemented
print(1 + SubInt(2), SubInt(2) + 1, 1 - SubInt(2))
class SubList(list):
    def __radd__(self, o):
        return "SubList.__radd__"
print([1] + SubList([2]))
class SubStr(str):
    def __rmod__(self, o):
        return "rmod"
print("%s" % SubStr("x"))
class SameRadd(V):
    pass
print(SameRadd(1) + SameRadd(2))

class Cmp:
    def __eq__(self, o):
        return "eqstr"
    def __lt__(self, o):
        return [1]
    def __ne__(self, o):
        return 0
c = Cmp()
print(c == 1, c != 1, c < 1, 1 > c, 1 == c)
print([c] == [c], [c] == [Cmp()], (1, c) < (1, c))
print(c in [1, 2], 1 in [c])
if c < 2:
    print("truthy list")
class EqRaise:
    def __eq__(self, o):
        raise ValueError("no eq")
try:
    [EqRaise()] == [EqRaise()]
except Exception as e:
    print(type(e).__name__, e)
e1 = EqRaise()
print([e1] == [e1], e1 in [e1])
try:
    e1 in [1]
except Exception as e:
    print(type(e).__name__, e)
