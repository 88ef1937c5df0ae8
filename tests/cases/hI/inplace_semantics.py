t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e)
print(t)
l = [1]
l2 = l
l += [2]
print(l is l2, l2)
l = l + [3]
print(l is l2, l2, l)
s = "a"; s2 = s; s += "b"; print(s, s2, s is s2)
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o); return self
    def __add__(self, o):
        n = Acc(); n.v = self.v + [o]; return n
a = Acc(); b = a; a += 1; print(a is b, a.v)
a = a + 2; print(a is b, a.v, b.v)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
x = NoIadd(1); y = x; x += 5; print(x is y, x.v, y.v)
class ReturnsOther:
    def __iadd__(self, o): return "replaced"
r = ReturnsOther(); r += 1; print(r)
class ReturnsNone:
    def __iadd__(self, o): pass
rn = ReturnsNone(); rn += 1; print(rn)
d = {"k": [1]}
d["k"] += [2]; print(d)
class Item:
    def __init__(self): self.store = {}
    def __getitem__(self, k): print("get", k); return self.store.get(k, 0)
    def __setitem__(self, k, v): print("set", k, v); self.store[k] = v
it = Item(); it["a"] += 5; it["a"] *= 2; print(it.store)
class Attr:
    def __getattr__(self, n): print("getattr", n); return 10
    def __setattr__(self, n, v): print("setattr", n, v); object.__setattr__(self, n, v)
at = Attr(); at.q += 1; at.q -= 1; print(at.q)
n = 5; n **= 2; n //= 3; n %= 5; n <<= 3; n >>= 1; n |= 1; n &= 7; n ^= 2; print(n)
f = 1.5; f /= 2; f -= 0.25; f **= 0.5; print(f)
st = {1}; st |= {2}; st &= {2, 3}; st -= {3}; st ^= {4}; print(st)
bs = b"a"; bs += b"b"; bs *= 2; print(bs)
ba = bytearray(b"a"); ba2 = ba; ba += b"b"; print(ba is ba2, ba2)
ls = [1]; ls *= 3; print(ls)
tp = (1,); tp2 = tp; tp += (2,); print(tp, tp2, tp is tp2)
import operator
print(operator.iadd([1], [2]), operator.iadd(1, 2), operator.imul("ab", 2), operator.ior({1}, {2}))
