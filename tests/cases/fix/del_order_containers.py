import sys, gc, weakref
from collections import OrderedDict, defaultdict, Counter, deque
class Node:
    count = 0
    def __init__(self, name):
        self.name = name
        Node.count += 1
    def __del__(self):
        Node.count -= 1
        print("free", self.name)
    def __repr__(self):
        return f"Node({self.name!r})"
nodes = {i: Node(str(i)) for i in range(3)}
nodes.clear()
print("count", Node.count)
q = deque([Node("d1"), Node("d2")])
q.popleft()
print("popped")
del q
print("---")
lst = [Node("a"), Node("b")]
lst[:] = []
print("sliced")
lst = [Node("c"), Node("e")]
lst.pop()
print("after pop")
lst *= 0
print("after imul")
s = {1: Node("s1")}
s[1] = Node("s2")
print("replaced")
od = OrderedDict(x=Node("o1"), y=Node("o2"))
od.move_to_end("x")
print(list(od))
del od
r = Node("weak")
w = weakref.ref(r, lambda ref: print("callback", ref() is None))
del r
print("alive", w() is not None)
def gen():
    n = Node("ingen")
    yield 1
    yield 2
g = gen(); next(g)
g = None
print("gen dropped")
t = (Node("t1"), (Node("t2"), Node("t3")))
t = 5
print("end", Node.count)
