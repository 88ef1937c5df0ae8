log = []
class R:
    def __init__(self, n): self.n = n
    def __setitem__(self, k, v): log.append(("set", self.n, k, v))
    def __getitem__(self, k): log.append(("get", self.n, k)); return 0
def f(x): log.append(x); return x
a = b = c = f(5); print(a, b, c)
x = R(1); y = R(2)
x[f("k1")] = y[f("k2")] = f("v")
print(log); log.clear()
l = [0, 0]; i = 0
i, l[i] = 1, 9; print(i, l)
d = {}
d[f("a")] = d[f("b")] = f("c"); print(d, log); log.clear()
x[f(1)] += f(2); print(log); log.clear()
class A: pass
o = A(); o.p = o.q = []; o.p.append(1); print(o.q)
a, b = b, a = 1, 2; print(a, b)
n = [1, 2, 3]
n[0], n[1] = n[1], n[0]; print(n)
f(print) (f("arg"))
print(log)
