# Cyclic garbage is still collected while a huge list is alive (collections are spaced
# by the work they do), and enumerate/zip over a big list stays linear.
import gc
big = [True] * 1_000_000
deleted = 0
class Cyc:
    def __init__(self): self.me = self
    def __del__(self):
        global deleted
        deleted += 1
for i in range(3000):
    Cyc()
gc.collect()
print("deleted", deleted)
print(len([i for i, f in enumerate(big) if f]), sum(1 for a, b in zip(big, big) if a and b))
pairs = [(i, i * i) for i in range(100000)]
print(pairs[-1], len(pairs))
class Node:
    def __init__(self, parent): self.parent = parent; self.kids = []
root = Node(None)
for i in range(20000):
    n = Node(root); root.kids.append(n)
del root, n
print(gc.collect() >= 20001)
import weakref
class W: pass
w = W()
t = ([w], (1, "a", (2.5, None)), w)
t[0].append(t)
r = weakref.ref(w)
del t, w
gc.collect()
print("cycle through tuple collected:", r() is None)
keys = {(i, str(i), (i, i)): i for i in range(50000)}
print(len(keys), keys[(7, "7", (7, 7))], gc.is_tracked((1, 2)), gc.is_tracked(([],)))
