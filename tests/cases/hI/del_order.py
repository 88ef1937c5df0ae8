class D:
    def __init__(self, n): self.n = n; print("init", n)
    def __del__(self): print("del", self.n)
def scope():
    a = D("a")
    b = D("b")
    print("leaving scope")
scope()
print("after scope")
x = D("x")
x = D("x2")
print("rebound")
del x
l = [D("l1"), D("l2")]
l.pop()
print("popped")
l.clear()
print("cleared")
def ret():
    return D("ret")
ret()
print("discarded")
y = ret(); print("kept"); y = None
class Cyc:
    def __init__(self): self.me = self
    def __del__(self): print("cyc del")
c = Cyc(); del c
import gc; gc.collect(); print("collected")
def gen():
    d = D("gen-local")
    yield 1
    yield 2
g = gen(); next(g); del g
print("gen deleted")
try:
    t = D("in-try")
    raise ValueError
except ValueError:
    pass
del t
z = D("global-z")
w = D("global-w")
print("end of module")
