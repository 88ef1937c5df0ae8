a = 256; b = 256; print(a is b)
a = 257; b = 257; print(a is b)
x = int("100"); y = int("100"); print(x is y)
s1 = "hello"; s2 = "hello"; print(s1 is s2)
s3 = "hel" + "lo"; print(s3 is s1)
p = "hel"; s4 = p + "lo"; print(s4 is s1, s4 == s1)
print("a b" is "a b")
t1 = (1, 2); t2 = (1, 2); print(t1 is t2)
print([] is [], () is (), "" is "", frozenset() is frozenset())
def f(): return 1000
def g(): return 1000
print(f() is g())
print(sys := __import__("sys"), sys.intern("x y") is sys.intern("x y"))
c = 10 ** 3; d = 1000; print(c is d)
e = -5; f2 = -5; print(e is f2, -6 is -6)
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d1 = D(1); del d1; print("after del 1")
d2 = D(2); d2 = None; print("after rebind")
def scope():
    d3 = D(3)
scope(); print("after scope")
c1 = D(4); c2 = D(5); c1.o = c2; c2.o = c1; del c1, c2
print("cycle made"); n = gc.collect(); print("collected", n > 0)
l = [D(6)]; l.clear(); print("cleared")
import weakref
class W: pass
w = W(); r = weakref.ref(w, lambda ref: print("callback")); del w; print(r())
