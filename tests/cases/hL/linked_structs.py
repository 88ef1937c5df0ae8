from __future__ import annotations
from functools import total_ordering
from typing import Iterator, Optional, Generic, TypeVar, Any
import copy

T = TypeVar("T")


class Node(Generic[T]):
    __slots__ = ("value", "next")

    def __init__(self, value: T, next: Optional[Node[T]] = None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"


class LinkedList(Generic[T]):
    def __init__(self, items=()):
        self.head: Optional[Node[T]] = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, v: T) -> None:
        self.head = Node(v, self.head)
        self._len += 1

    def __iter__(self) -> Iterator[T]:
        n = self.head
        while n:
            yield n.value
            n = n.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return f"LinkedList([{', '.join(map(repr, self))}])"

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, v):
        print(f"(contains {v!r})", end=" ")
        return any(x == v for x in self)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    __hash__ = None


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], list(reversed(ll)), 4 in ll, 9 in ll)
ll.reverse()
print(ll, ll == LinkedList([5, 1, 4, 1, 3]), ll != [5, 1, 4, 1, 3], ll == [5, 1, 4, 1, 3])
print(ll + LinkedList("ab"), sum([LinkedList([1])], 0) if False else "", sorted(ll), max(ll), bool(LinkedList()))
try:
    hash(ll)
except TypeError as e:
    print("TypeError", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
try:
    ll.head.extra = 1
except AttributeError as e:
    print("AttributeError", e)
it = iter(ll)
print(next(it), next(it), list(it), next(it, "done"))


@total_ordering
class Version:
    def __init__(self, s: str):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts

    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __format__(self, spec):
        if spec == "short":
            return f"{self.parts[0]}.{self.parts[1]}"
        return format(repr(self), spec)


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs), len(set(vs)), Version("1.0") >= Version("0.99"), Version("2") <= Version("1"))
print(f"{vs[0]:short} [{vs[1]:>10}] [{vs[3]:*<8}]")
try:
    Version("1") < "2"
except TypeError as e:
    print("TypeError", e)
print(Version("1") == "1", vs.index(Version("1.2.3")), vs.count(Version("1.2.3")))


class Tree:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right

    def insert(self, k):
        if k < self.key:
            if self.left:
                self.left.insert(k)
            else:
                self.left = Tree(k)
        else:
            if self.right:
                self.right.insert(k)
            else:
                self.right = Tree(k)
        return self

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.key
        if self.right:
            yield from self.right

    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)

    def __repr__(self):
        if not (self.left or self.right):
            return repr(self.key)
        return f"({self.left!r} {self.key} {self.right!r})"

    def bfs(self):
        from collections import deque
        q = deque([(self, 0)])
        levels = {}
        while q:
            n, d = q.popleft()
            levels.setdefault(d, []).append(n.key)
            for c in (n.left, n.right):
                if c:
                    q.append((c, d + 1))
        return levels


t = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), t.height(), t)
print(t.bfs())
t2 = copy.deepcopy(t)
t2.insert(1)
print(len(list(t)), len(list(t2)), copy.copy(t).left is t.left)


class Graph:
    def __init__(self):
        self.adj: dict[str, dict[str, int]] = {}

    def add(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})[a] = w

    def dijkstra(self, src):
        import heapq
        dist = {src: 0}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist[u]:
                continue
            for v, w in sorted(self.adj[u].items()):
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    heapq.heappush(pq, (nd, v))
        return dict(sorted(dist.items()))

    def topo(self, edges):
        from graphlib import TopologicalSorter
        return list(TopologicalSorter(edges).static_order())


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)]:
    g.add(a, b, w)
print(g.dijkstra("A"), g.dijkstra("E"))
print(g.topo({"b": {"a"}, "c": {"b"}, "d": {"a"}}))
from graphlib import CycleError, TopologicalSorter
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
