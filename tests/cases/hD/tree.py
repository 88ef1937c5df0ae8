class Node:
    __slots__ = ("key", "val", "left", "right")
    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None

class BST:
    def __init__(self, items=()):
        self.root = None
        self._n = 0
        for k, v in items:
            self[k] = v
    def __setitem__(self, key, val):
        if self.root is None:
            self.root = Node(key, val); self._n += 1; return
        n = self.root
        while True:
            if key == n.key:
                n.val = val; return
            side = "left" if key < n.key else "right"
            nxt = getattr(n, side)
            if nxt is None:
                setattr(n, side, Node(key, val)); self._n += 1; return
            n = nxt
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True
    def __len__(self):
        return self._n
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def items(self):
        return ((k, self[k]) for k in self)
    def height(self, n=...):
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def __repr__(self):
        return f"BST({list(self.items())!r})"
    def __eq__(self, other):
        return isinstance(other, BST) and list(self.items()) == list(other.items())
    def __reversed__(self):
        return reversed(list(self))

class LinkedList:
    class _Node:
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt
    def __init__(self, it=()):
        self.head = None
        for v in reversed(list(it)):
            self.head = self._Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, n = None, self.head
        while n:
            n.nxt, prev, n = prev, n, n.nxt
        self.head = prev
    def __eq__(self, o):
        return list(self) == list(o)
    __hash__ = None

class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1
    def __contains__(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return "$" in node
    def starts(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.get(ch)
            if node is None:
                return []
        out = []
        def rec(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    rec(n[k], acc + k)
        rec(node, prefix)
        return out

t = BST([(5, "five"), (2, "two"), (8, "eight"), (1, "one"), (9, "nine"), (3, "three")])
print(t, len(t), t.height(), list(t), list(reversed(t)))
print(3 in t, 4 in t, t[8], t == BST(t.items()), t != BST())
t[3] = "THREE"
print(dict(t.items()), sorted(t, reverse=True), max(t), sum(t))
try:
    t[42]
except KeyError as e:
    print("KeyError", e)
try:
    t["x"]
except TypeError as e:
    print(e)
ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], list(ll))
ll.reverse()
print(ll, ll == list("edcba"), "c" in ll)
try:
    hash(ll)
except TypeError as e:
    print(e)
try:
    ll[10]
except IndexError as e:
    print(e)
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(ll))
tr = Trie()
for w in "car cart carbon cat dog do done card car".split():
    tr.insert(w)
print("car" in tr, "ca" in tr, tr.starts("car"), tr.starts("do"), tr.starts("x"), tr.starts(""))
print(tr.root["c"]["a"]["r"]["$"])
it = iter(t)
print(next(it), next(it), list(it), next(it, "done"))
