class K:
    def __init__(self, h, name):
        self.h = h; self.name = name
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, o):
        print("eq", self.name, getattr(o, "name", o))
        return isinstance(o, K) and self.h == o.h
    def __repr__(self):
        return self.name
d = {}
d[K(1, "a")] = 1
d[K(1, "b")] = 2
print(d)
print(K(1, "c") in d)
print(d.get(K(2, "x")))
s = {K(5, "s1"), K(5, "s2")}
print(len(s))
d2 = {1: "int"}
d2[1.0] = "float"
d2[True] = "bool"
print(d2)
print({1, 1.0, True}, {0, False, 0.0, -0.0})
class AlwaysEq:
    def __hash__(self): return hash(1)
    def __eq__(self, o): return True
print({1: "x"}[AlwaysEq()], AlwaysEq() in {1}, 1 in {AlwaysEq()})
class NeverEq:
    def __hash__(self): return 1
    def __eq__(self, o): return False
n = NeverEq()
print({n: 1}[n], n in [n], n == n, [n].count(n), [n].index(n))
print(float("nan") in [float("nan")])
x = float("nan")
print(x in [x], x == x, [x] == [x], (x,) == (x,), {x: 1}[x])
class Mutating:
    def __init__(self): self.h = 1
    def __hash__(self): return self.h
m = Mutating()
dd = {m: "v"}
m.h = 2
print(m in dd, dd.get(m), list(dd.values()))
class EqChangesDict:
    def __hash__(self): return 7
    def __eq__(self, o):
        big.clear()
        return False
big = {EqChangesDict(): 1}
try:
    print(EqChangesDict() in big)
except Exception as e:
    print(type(e).__name__, e)
