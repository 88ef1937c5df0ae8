calls = []
class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h
    def __hash__(self):
        calls.append(("hash", self.v))
        return self.h
    def __eq__(self, other):
        calls.append(("eq", self.v, getattr(other, "v", other)))
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K{self.v}"
def show(label):
    print(label, calls)
    calls.clear()
d = {}
d[K(1)] = "a"
show("insert 1")
d[K(2, h=1)] = "b"
show("insert collide")
print(d[K(2, h=1)])
show("lookup collide")
k1 = list(d)[0]
print(d[k1])
show("lookup identical")
print(K(3) in d)
show("contains miss")
s = {K(1), K(1), K(2, h=1)}
show("set build")
print(len(s))
s2 = set([K(5)])
show("set from list")
print(K(5) in s2)
show("set contains")
fs = frozenset([K(6)])
show("frozenset")
dd = dict.fromkeys([K(7), K(7)])
show("fromkeys")
print(len(dd))
print([K(1), K(2)].index(K(2)))
show("list.index")
print([K(1), K(2)].count(K(1)))
show("list.count")
lst = [K(1), K(2)]
lst.remove(K(2))
show("list.remove")
print(K(1) in [K(0), K(1), K(2)])
show("list contains")
print((K(1),) == (K(1),))
show("tuple eq")
x = K(9)
print([x] == [x], (x,) == (x,), x in [x])
show("identity shortcut")
print({K(1): 1} == {K(1): 1})
show("dict eq")
d3 = {K(1): 1}
d3.update({K(1): 2})
show("update")
print(d3)
d3.pop(K(1))
show("pop")
s3 = {K(1)}
s3.discard(K(1))
show("discard")
print({K(1)} == {K(1)})
show("set eq")
print({K(1)} <= {K(1), K(2)})
show("subset")
