class LinkedList:
    class _Node:
        __slots__ = ("val", "next")

        def __init__(self, val, nxt=None):
            self.val = val
            self.next = nxt

    def __init__(self, iterable=()):
        self._head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, x):
        self._head = self._Node(x, self._head)
        self._len += 1

    def pop(self):
        if self._head is None:
            raise IndexError("pop from empty LinkedList")
        v = self._head.val
        self._head = self._head.next
        self._len -= 1
        return v

    def __iter__(self):
        n = self._head
        while n:
            yield n.val
            n = n.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def reverse(self):
        prev, cur = None, self._head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self._head = prev


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll, list(ll), sum(ll))
ll.reverse()
print(ll, ll == LinkedList([5, 1, 4, 1, 3]), ll == [5, 1, 4, 1, 3], ll != LinkedList())
while ll:
    ll.pop()
print(ll, bool(ll))
for f in (ll.pop, lambda: ll[3]):
    try:
        f()
    except IndexError as e:
        print(e)


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, val=None):
        def _ins(node):
            if node is None:
                self.size += 1
                return [key, val, None, None]
            if key < node[0]:
                node[2] = _ins(node[2])
            elif key > node[0]:
                node[3] = _ins(node[3])
            else:
                node[1] = val
            return node
        self.root = _ins(self.root)

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[2]
            node = stack.pop()
            yield node[0]
            node = node[3]

    def __len__(self):
        return self.size

    def height(self, node=...):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[2]), self.height(node[3]))

    def __contains__(self, key):
        n = self.root
        while n:
            if key == n[0]:
                return True
            n = n[2] if key < n[0] else n[3]
        return False

    def pretty(self, node=..., prefix=""):
        if node is ...:
            node = self.root
        if node is None:
            return []
        lines = self.pretty(node[3], prefix + "    ")
        lines.append(f"{prefix}{node[0]}")
        lines += self.pretty(node[2], prefix + "    ")
        return lines


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(list(t), len(t), t.height(), 35 in t, 36 in t)
print("\n".join(t.pretty()))
s = BST()
for w in "delta alpha echo bravo charlie".split():
    s.insert(w)
print(list(s), s.height())
try:
    s.insert(5)
except TypeError as e:
    print(type(e).__name__, e)


class Trie:
    def __init__(self):
        self.root = {}

    def add(self, word):
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

        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        walk(node, prefix)
        return out


tr = Trie()
for w in "car cart carbon cat dog do dot card care".split():
    tr.add(w)
print(tr.starts("car"), tr.starts("do"), tr.starts("x"), tr.starts(""))
print("car" in tr, "ca" in tr, "" in tr, "dots" in tr)
tr.add("")
print("" in tr, tr.root["$"])
