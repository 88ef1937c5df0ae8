# Reference cycles, gc.collect() counts, weakref callbacks and finalizers.
import gc
import weakref

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return f"Node({self.name})"


class Finalized:
    log = []

    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __del__(self):
        Finalized.log.append(self.tag)


def pair():
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a
    return weakref.ref(a)


r = pair()
print("alive before collect:", r() is not None)
print("collected:", gc.collect())
print("alive after collect:", r())


def ring(n):
    nodes = [Node(str(i)) for i in range(n)]
    for x, y in zip(nodes, nodes[1:] + nodes[:1]):
        x.peer = y
    return weakref.ref(nodes[0], lambda ref: print("  callback: ring head gone"))


keep = ring(7)
print("ring collected:", gc.collect(), keep())

lst = []
lst.append(lst)
del lst
d = {}
d["self"] = d
del d
print("list+dict collected:", gc.collect())

for t in "xyz":
    Finalized(t)
print("finalizers:", gc.collect(), sorted(Finalized.log))


def closure_cycle():
    def inner():
        return inner
    return None


closure_cycle()
print("closure collected:", gc.collect())

nested = Node("outer")
nested.items = [nested, {"k": (nested,)}]
del nested
print("nested collected:", gc.collect())

plain = Node("plain")
del plain
print("no cycle:", gc.collect())

exposed = Node("exposed")
exposed.peer = exposed
print(sorted(vars(exposed)))
del exposed
print("exposed dict collected:", gc.collect())
print(gc.isenabled(), gc.collect(), gc.collect())
gc.disable()
print(gc.isenabled())
gc.enable()
cache = weakref.WeakValueDictionary()
objs = [Node(str(i)) for i in range(5)]
for o in objs:
    cache[o.name] = o
del objs[1:3]
print(sorted(cache.keys()))
ws = weakref.WeakSet(objs)
print(len(ws))
objs.clear()
gc.collect()
print(len(ws), len(cache))


def assigned():
    n = Node("assigned")
    n.__dict__ = {"me": n, "name": "x"}


def cleared():
    n = Node("cleared")
    n.__dict__.clear()
    n.me = n


def many_attrs():
    n = Node("many")
    for i in range(35):
        setattr(n, f"a{i}", i)
    n.me = n


for fn in (assigned, cleared, many_attrs):
    fn()
    print(fn.__name__, gc.collect())
