import gc
class R:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)
a = R("a")
b = a
del a
print("after del a")
del b
print("after del b")
def scope():
    r = R("local")
    print("leaving scope")
scope()
print("after scope")
lst = [R("in-list1"), R("in-list2")]
lst.pop()
print("popped")
lst.clear()
print("cleared")
d = {"k": R("dict-val")}
d["k"] = None
print("replaced")
x = R("rebind1")
x = R("rebind2")
print("rebound")
class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del cyc", self.n)
c = Cyc(1)
del c
print("before collect")
n = gc.collect()
print("collected", n > 0)
def gen():
    r = R("in-gen")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("gen deleted")
try:
    t = R("in-try")
    raise ValueError(t)
except ValueError as e:
    print("caught", e.args[0].name)
del t
print("t deleted")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
rr = Resurrect()
del rr
print(len(Resurrect.saved))
final = R("module-global-at-exit")
print("end of module")
