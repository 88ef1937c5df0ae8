class HashMap:
    _EMPTY = object()
    _DELETED = object()

    def __init__(self, items=None, capacity=8):
        self._keys = [self._EMPTY] * capacity
        self._vals = [None] * capacity
        self._n = 0
        self.probes = 0
        if items:
            for k, v in (items.items() if hasattr(items, "items") else items):
                self[k] = v

    def _slot(self, key):
        cap = len(self._keys)
        i = hash(key) % cap
        first_deleted = None
        while True:
            self.probes += 1
            k = self._keys[i]
            if k is self._EMPTY:
                return (first_deleted if first_deleted is not None else i), False
            if k is self._DELETED:
                if first_deleted is None:
                    first_deleted = i
            elif k == key:
                return i, True
            i = (i + 1) % cap

    def _resize(self):
        old = [(k, v) for k, v in zip(self._keys, self._vals) if k is not self._EMPTY and k is not self._DELETED]
        self._keys = [self._EMPTY] * (len(self._keys) * 2)
        self._vals = [None] * len(self._keys)
        self._n = 0
        for k, v in old:
            self[k] = v

    def __setitem__(self, key, value):
        if (self._n + 1) * 3 > len(self._keys) * 2:
            self._resize()
        i, found = self._slot(key)
        if not found:
            self._n += 1
        self._keys[i] = key
        self._vals[i] = value

    def __getitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        return self._vals[i]

    def __delitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        self._keys[i] = self._DELETED
        self._vals[i] = None
        self._n -= 1

    def __contains__(self, key):
        return self._slot(key)[1]

    def __len__(self):
        return self._n

    def __iter__(self):
        for k in self._keys:
            if k is not self._EMPTY and k is not self._DELETED:
                yield k

    def items(self):
        return ((k, self[k]) for k in self)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __eq__(self, other):
        if not isinstance(other, (HashMap, dict)):
            return NotImplemented
        return len(self) == len(other) and all(k in other and other[k] == v for k, v in self.items())

    def __repr__(self):
        return "HashMap({" + ", ".join(f"{k!r}: {v!r}" for k, v in sorted(self.items(), key=lambda kv: repr(kv[0]))) + "})"


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


h = HashMap()
for i, w in enumerate("one two three four five six seven eight nine ten".split()):
    h[w] = i + 1
print(len(h), h["seven"], "ten" in h, "eleven" in h, len(h._keys))
del h["two"], h["four"]
print(len(h), h.get("two"), h.get("three"), sorted(h)[:3])
h["two"] = 22
print(h)
for bad in [lambda: h["zzz"], lambda: h.__delitem__("four"), lambda: h[[1]]]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
c = HashMap([(Key("a"), 1), (Key("b"), 2), (Key("c"), 3)])
before = c.probes
print(c[Key("c")], c.probes - before, Key("z") in c, len(c))
print(HashMap({"x": 1, "y": 2}) == {"y": 2, "x": 1}, HashMap({"x": 1}) == {"x": 2}, HashMap() == [], HashMap() != HashMap())
mixed = HashMap({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", frozenset({3}): "fs"})
print(mixed, len(mixed), mixed[1.0], mixed[True])
big = HashMap()
for i in range(1000):
    big[i * 7919 % 1009] = i
print(len(big), big[0], big[1008], len(big._keys), sum(big[k] for k in big) == sum(range(1000)) - sum(range(1000)) + sum(big[k] for k in big))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
