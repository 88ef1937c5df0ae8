from collections import OrderedDict
import functools


class LRUCache:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or capacity <= 0:
            raise ValueError(f"capacity must be a positive int, not {capacity!r}")
        self.cap = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        try:
            self.data.move_to_end(key)
        except KeyError:
            self.misses += 1
            return default
        self.hits += 1
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.cap:
            k, v = self.data.popitem(last=False)
            print(f"  evict {k!r}={v!r}")

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"{type(self).__name__}({self.cap}, {{{items}}})"


class Node:
    __slots__ = "key", "val", "prev", "next"

    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None


class LinkedLRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n

    def __getitem__(self, k):
        n = self.map[k]
        self._unlink(n)
        self._push(n)
        return n.val

    def __setitem__(self, k, v):
        if k in self.map:
            self._unlink(self.map[k])
        n = self.map[k] = Node(k, v)
        self._push(n)
        if len(self.map) > self.cap:
            last = self.tail.prev
            self._unlink(last)
            del self.map[last.key]

    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next


c = LRUCache(3)
for k, v in zip("abcdab", range(6)):
    c.put(k, v)
    print(k, c)
print(c.get("a"), c.get("z", "?"), c.get("c"), c.hits, c.misses, "b" in c, len(c))
for bad in (0, -1, 2.5, "3"):
    try:
        LRUCache(bad)
    except ValueError as e:
        print(e)
l = LinkedLRU(2)
l[1] = "one"
l[2] = "two"
print(l[1], list(l))
l[3] = "three"
print(list(l))
try:
    l[2]
except KeyError as e:
    print("KeyError", e)
try:
    Node().other = 1
except AttributeError as e:
    print(e)


calls = []


@functools.lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info().currsize)


@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(16, 16), count_paths.__wrapped__.__name__)
try:
    slow_square([1])
except TypeError as e:
    print(type(e).__name__, e)
typed = functools.lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
