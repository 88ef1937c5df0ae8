# In-place operators: __iadd__ & co, fallback to the binary method, NotImplemented.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class I:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "I(%r)" % self.x
    def __iadd__(self, o):
        self.x += o
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return I(self.x - o)
    def __imul__(self, o):
        return NotImplemented
    def __ior__(self, o):
        return "ior result"
    def __ipow__(self, o):
        return ("ipow", o)
    def __imatmul__(self, o):
        return ("imatmul", o)
    def __ifloordiv__(self, o): return ("ifloordiv", o)
    def __itruediv__(self, o): return ("itruediv", o)
    def __imod__(self, o): return ("imod", o)
    def __ilshift__(self, o): return ("ilshift", o)
    def __irshift__(self, o): return ("irshift", o)
    def __iand__(self, o): return ("iand", o)
    def __ixor__(self, o): return ("ixor", o)

def run():
    a = I(1)
    b = a
    a += 5
    print(a, a is b)
    a -= 2
    print(a, a is b)
    try:
        a *= 3
    except TypeError as e:
        print("imul", e)
    c = I(0)
    c |= 1
    print(c)
    for op in ["**=", "@=", "//=", "/=", "%=", "<<=", ">>=", "&=", "^="]:
        ns = {"x": I(0)}
        exec("x " + op + " 7", ns)
        print(op, ns["x"])
run()

class R:
    def __radd__(self, o):
        return ("radd", o)
    def __rpow__(self, o):
        return ("rpow", o)
x = 5
x += R()
print(x)
x = 2
x **= R()
print(x)

class N:
    pass
for op in ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"x": N()}
    try:
        exec("x " + op + " 1", ns)
    except TypeError as e:
        print(op, e)
l = [1]
l2 = l
l += (2, 3)
print(l, l is l2)
try:
    l = [1]
    l += 5
except TypeError as e:
    print(e)
t1 = (1,)
t1 += (2,)
print(t1)
s = {1}
s2 = s
s |= {2}
print(s, s is s2)
d = {1: 2}
d |= [(3, 4)]
print(d)
try:
    t2 = (1,)
    t2 += [2]
except TypeError as e:
    print(e)
st = "a"
try:
    st += 1
except TypeError as e:
    print(e)
