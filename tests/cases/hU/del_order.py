class R:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

a = R("a")
del a
print("after del a")
b = R("b")
b = R("b2")
print("after rebind")
def f():
    x = R("local")
    print("in f")
f()
print("after f")
lst = [R("l1"), R("l2")]
del lst
print("after list")
d = {"k": R("dv")}
d["k"] = None
print("after dict set")
class Holder:
    pass
h = Holder()
h.r = R("attr")
del h.r
print("after attr del")
t = R("temp")
t = None
print("after none")
R("expr")
print("after expr")
def g():
    return R("ret")
g()
print("after g")
x = R("x")
y = x
del x
print("still y")
del y
print("after y")
class Res(R):
    def __del__(self):
        print("Res del", self.name)
        super().__del__()
r = Res("sub")
del r
print("after sub")
class Raising:
    def __del__(self):
        raise ValueError("in del")
rr = Raising()
del rr
print("after raising del")
try:
    raise KeyError(R("in exc"))
except KeyError as e:
    print("caught", e.args[0].name)
print("after except")
with open(__file__) as fh:
    pass
z = [R("z%d" % i) for i in range(3)]
z.pop()
print("popped")
z.clear()
print("cleared")
last = R("last")
print("end of module")
