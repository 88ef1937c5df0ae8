t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
class C:
    def __init__(self): self.x = [1]
c = C(); c.x += [2]; print(c.x)
d = {"a": [1]}; d["a"] += [3]; print(d)
s = "ab"; s += "c"; print(s)
fs = frozenset({1}); fs2 = fs; fs |= {2}; print(fs, fs2)
l = [1]; l2 = l; l += (2, 3); print(l, l is l2)
try:
    l = l + (4,)
except TypeError as e: print(e)
x = 5; x **= 2; x //= 3; x %= 5; x <<= 3; x >>= 1; x |= 1; x ^= 3; x &= 6; x -= 1; x *= -2; x /= 4; x @= 1 if False else None; print(x)
class M:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __imatmul__(self, o): return "imatmul"
m = M(); print(m @ 1, 1 @ m); m @= 2; print(m)
try: 1 @ 2
except TypeError as e: print(e)
class Acc:
    def __init__(self): self.v = 0
    def __iadd__(self, o): self.v += o; return self
    def __add__(self, o): print("add called"); return NotImplemented
a = Acc(); a += 5; a += 6; print(a.v)
b = Acc(); 
try: b + 1
except TypeError as e: print(e)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1); o2 = o; o += 1; print(o.v, o2.v, o is o2)
def g():
    total = 0
    for i in range(5): total += i
    return total
print(g())
arr = [[0] * 3 for _ in range(2)]; arr[1][2] += 7; arr[0][0] -= 1; print(arr)
import operator
print(operator.iadd([1], [2]), operator.iadd((1,), (2,)), operator.iconcat([1], (2,)), operator.imul("ab", 2))
n = [0]
def idx(): n[0] += 1; print("idx eval", n[0]); return 0
lst = [10]; lst[idx()] += 1; print(lst)
class Obj:
    def __getattr__(self, k): print("getattr", k); return 0
    def __setattr__(self, k, v): print("setattr", k, v)
ob = Obj(); ob.count += 1
class Item:
    def __getitem__(self, k): print("getitem", k); return 10
    def __setitem__(self, k, v): print("setitem", k, v)
it = Item(); it["k"] += 5; it[1:2] += [3] if False else 0
