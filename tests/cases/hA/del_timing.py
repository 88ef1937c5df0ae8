class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
a = Res("a")
del a
print("after del a")
b = Res("b")
b = Res("b2")
print("after rebind")
def scope():
    c = Res("c")
    print("in scope")
scope()
print("after scope")
lst = [Res("l1"), Res("l2")]
lst.pop()
print("after pop")
lst.clear()
print("after clear")
d = {"k": Res("dict")}
d["k"] = None
print("after dict overwrite")
x = Res("x")
y = x
del x
print("x deleted, y alive")
y = None
print("y cleared")
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("del node", self.n)
n1 = Node(1); n2 = Node(2)
n1.other = n2; n2.other = n1
del n1, n2
import gc
gc.collect()
print("after collect")
def gen():
    r = Res("gen")
    yield 1
    yield 2
g = gen(); next(g)
del g
print("after gen del")
try:
    t = Res("exc")
    raise ValueError
except ValueError:
    del t
print("end of module")
z = Res("module-level at exit")
