import copy
a = [1, [2, 3]]; a.append(a)
b = copy.deepcopy(a)
print(b[0], b[1], b[2] is b, b is not a, b[1] is not a[1])
d = {"k": [1]}; d["self"] = d
e = copy.deepcopy(d); print(e["self"] is e, e["k"] is not d["k"])
s = [1, [2]]; sh = copy.copy(s); print(sh is not s, sh[1] is s[1])
class Node:
    def __init__(self, v): self.v = v; self.peer = None
n1, n2 = Node(1), Node(2); n1.peer = n2; n2.peer = n1
m = copy.deepcopy(n1); print(m.v, m.peer.v, m.peer.peer is m, m is not n1)
class Custom:
    def __init__(self): self.data = [1]
    def __copy__(self): print("copy hook"); return "copied"
    def __deepcopy__(self, memo): print("deepcopy hook", type(memo).__name__); return "deep"
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
t = (1, [2]); tc = copy.deepcopy(t); print(tc, tc is not t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)), copy.deepcopy(frozenset([1])))
class Slots:
    __slots__ = ("x", "y")
    def __init__(self): self.x = [1]
sl = copy.deepcopy(Slots()); print(sl.x, hasattr(sl, "y"))
class WithState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {"a": self.a * 10}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
w = copy.copy(WithState()); print(w.a, w.restored)
import collections
od = copy.deepcopy(collections.OrderedDict(a=[1])); print(od, type(od).__name__)
print(copy.deepcopy(len) is len, copy.copy(Node) is Node)
