# A few container classes built on the builtins, the way people write them.
class CaseInsensitiveDict(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def __delitem__(self, k):
        super().__delitem__(k.lower())
    def get(self, k, default=None):
        return super().get(k.lower(), default)
    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"

d = CaseInsensitiveDict({"Content-Type": "text"}, Host="x")
print(d, d["CONTENT-type"], "HOST" in d, d.get("nope", 0))
d["X-Y"] = 1
del d["x-y"]
print(len(d), sorted(d), list(d.items()))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)

class Vector(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o, strict=True)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __repr__(self):
        return "Vector" + super().__repr__()
v = Vector(3, 4)
print(v, v + Vector(1, 1), 2 * v, v * 2, abs(v), v[0], v[-1:], len(v))
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError", e)
print(sorted([Vector(2, 1), Vector(1, 5), Vector(1, 2)]))
print({v: "v"}[(3, 4)], v == (3, 4), hash(v) == hash((3, 4)))
x, y = v
print(x, y, *v, max(v), v.index(4), v.count(3))

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), s, len(s), type(s[:]).__name__, type(s + s).__name__)
s.clear()
try:
    s.peek()
except IndexError as e:
    print("IndexError", e)

class OrderedSet:
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)
    def __contains__(self, x): return x in self._d
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def add(self, x): self._d[x] = None
    def __or__(self, o): return OrderedSet([*self, *o])
    def __and__(self, o): return OrderedSet(x for x in self if x in o)
    def __repr__(self): return f"OrderedSet({list(self)!r})"
    def __eq__(self, o):
        if isinstance(o, OrderedSet): return list(self) == list(o)
        return NotImplemented
a = OrderedSet("abracadabra")
b = OrderedSet("alacazam")
print(a, b, a | b, a & b, len(a), "z" in a, a == OrderedSet("abrcd"), a == "abrcd")
print(sorted(a | b) == sorted(set("abracadabra") | set("alacazam")))

class Counter2(dict):
    def __missing__(self, k):
        return 0
    def add(self, it):
        for x in it:
            self[x] += 1
        return self
    def most(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
c = Counter2().add("mississippi")
print(c, c.most(2), c["z"], "z" in c, len(c))

class Temperature(float):
    def __new__(cls, v, unit="C"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
    def __str__(self):
        return f"{float(self):.1f}°{self.unit}"
    def to_f(self):
        return Temperature(self * 9 / 5 + 32, "F")
tt = Temperature(21.5)
print(tt, tt.to_f(), repr(tt), tt + 1, type(tt + 1).__name__, round(tt), f"{tt:.2f}", f"{tt}", str(tt))
print(sorted([Temperature(3), Temperature(1.5), 2]), max(Temperature(1), 0.5))

class Flags(int):
    NAMES = ["read", "write", "exec"]
    def __repr__(self):
        on = [n for i, n in enumerate(self.NAMES) if self & (1 << i)]
        return "Flags(" + "|".join(on or ["none"]) + ")"
    def __or__(self, o):
        return Flags(int(self) | int(o))
r, w = Flags(1), Flags(2)
print(r | w, r | 4, 4 | r, Flags(0), [Flags(7)], int(r | w), r == 1, f"{r | w}", "%d" % (r | w), str(r | w))
