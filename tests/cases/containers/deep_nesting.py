# deeply nested containers: repr/compare raise RecursionError, hashing and freeing work
a = []
for i in range(100000):
    a = [a]
try:
    repr(a)
except RecursionError as e:
    print("RecursionError", e)
b = []
for i in range(100000):
    b = [b]
print(a == a)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
a = b = None
print("lists freed")
d = {}
for i in range(100000):
    d = {1: d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError", e)
d = None
t = ()
for i in range(100000):
    t = (t,)
print(hash(t) == hash(t))
t = None
class Node:
    def __init__(self, nxt): self.next = nxt
head = None
for i in range(200000):
    head = Node(head)
head = None
chain = None
for i in range(200000):
    chain = (i, chain)
n = 0
while chain is not None:
    n += 1
    chain = chain[1]
print("freed", n)
s = set()
cur = frozenset()
for i in range(50000):
    cur = frozenset([cur, i])
cur = None
print("done")
