class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None): self.val = val; self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None; self._n = 0
        for x in reversed(list(items)): self.push(x)
    def push(self, v): self.head = Node(v, self.head); self._n += 1
    def __iter__(self):
        n = self.head
        while n: yield n.val; n = n.next
    def __len__(self): return self._n
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __str__(self): return " -> ".join(map(str, self)) + " -> None"
    def __getitem__(self, i):
        if isinstance(i, slice): return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        if not 0 <= i < len(self): raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i: return v
    def reverse(self):
        prev, cur = None, self.head
        while cur: cur.next, prev, cur = prev, cur, cur.next
        self.head = prev; return self
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __contains__(self, v): return any(x == v for x in self)
ll = LinkedList([1, 2, 3, "four", 5.0])
print(ll, repr(ll), len(ll), ll[0], ll[-1], ll[1:3], ll[::-2], 3 in ll, 9 in ll, list(reversed(list(ll))))
print(ll.reverse(), ll == LinkedList([5.0, "four", 3, 2, 1]), ll != LinkedList())
try: ll[10]
except IndexError as e: print(e)
class BST:
    class _N:
        def __init__(self, k): self.k = k; self.l = self.r = None
    def __init__(self): self.root = None; self.size = 0
    def insert(self, k):
        if self.root is None: self.root = self._N(k); self.size += 1; return
        n = self.root
        while True:
            if k == n.k: return
            side = "l" if k < n.k else "r"
            nxt = getattr(n, side)
            if nxt is None: setattr(n, side, self._N(k)); self.size += 1; return
            n = nxt
    def inorder(self, n="root"):
        n = self.root if n == "root" else n
        if n: yield from self.inorder(n.l); yield n.k; yield from self.inorder(n.r)
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))
    def delete(self, k):
        def rec(n, k):
            if n is None: raise KeyError(k)
            if k < n.k: n.l = rec(n.l, k)
            elif k > n.k: n.r = rec(n.r, k)
            else:
                if n.l is None: return n.r
                if n.r is None: return n.l
                m = n.r
                while m.l: m = m.l
                n.k = m.k; n.r = rec(n.r, m.k)
            return n
        self.root = rec(self.root, k); self.size -= 1
    def pretty(self, n="root", pre=""):
        n = self.root if n == "root" else n
        if n is None: return []
        return self.pretty(n.r, pre + "    ") + [pre + str(n.k)] + self.pretty(n.l, pre + "    ")
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]: t.insert(k)
print(list(t.inorder()), t.size, t.height())
print("\n".join(t.pretty()))
t.delete(30); t.delete(50); print(list(t.inorder()), t.size)
try: t.delete(999)
except KeyError as e: print("KeyError", e)
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __mul__(self, o):
        if isinstance(o, (int, float)): return Matrix([[x * o for x in r] for r in self.rows])
        if self.shape[1] != o.shape[0]: raise ValueError(f"shape mismatch {self.shape} x {o.shape}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        for _ in range(n): r = r * self
        return r
    def T(self): return Matrix(zip(*self.rows))
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
    def __repr__(self): return f"Matrix({self.rows})"
    def __eq__(self, o): return self.rows == o.rows
fibm = Matrix([[1, 1], [1, 0]])
print(fibm ** 10, (fibm ** 90).rows[0][1], sep="\n")
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m * m.T(), repr(2 * m), m.shape, m.T().shape, Matrix.identity(3) == Matrix.identity(3), sep="\n")
try: m * m
except ValueError as e: print(e)
import heapq
from dataclasses import dataclass, field
@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
pq = []; seq = 0
for pr, nm in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2"), (3, "low2")]:
    heapq.heappush(pq, Job(pr, seq, nm)); seq += 1
while pq: j = heapq.heappop(pq); print(j.priority, j.name, j)
class Queue:
    def __init__(self): self._in, self._out = [], []
    def put(self, x): self._in.append(x)
    def get(self):
        if not self._out:
            while self._in: self._out.append(self._in.pop())
        if not self._out: raise IndexError("get from empty queue")
        return self._out.pop()
    def __bool__(self): return bool(self._in or self._out)
q = Queue()
for i in range(3): q.put(i)
print(q.get(), bool(q)); q.put(9)
while q: print(q.get(), end=" ")
print()
q.get()
