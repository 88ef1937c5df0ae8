# sys.getsizeof as memory-usage demos print it (CPython 3.11, 64-bit)
import sys
class Plain: pass
class Slotted:
    __slots__ = ("a", "b")
class WithInit:
    def __init__(self):
        self.x = 1
        self.y = 2
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
for label, o in [("zero", 0), ("one", 1), ("big", 2 ** 30), ("huge", 2 ** 100), ("neg", -2 ** 200), ("bool", True),
                 ("float", 1.5), ("complex", 1j), ("none", None), ("empty str", ""), ("ascii", "hello world"),
                 ("latin1", "café"), ("ucs2", "€uro"), ("ucs4", "😀!"), ("bytes", b"abc"), ("bytearray", bytearray()),
                 ("tuple0", ()), ("tuple3", (1, 2, 3)), ("range", range(10 ** 6)), ("slice", slice(1, 2)),
                 ("dict0", {}), ("dict1", {"a": 1}), ("dict3", dict(a=1, b=2, c=3)), ("fromkeys", dict.fromkeys("abcdef")),
                 ("intkeys", {i: i for i in range(100)}), ("bigdict", {i: str(i) for i in range(1000)}),
                 ("set0", set()), ("set3", {1, 2, 3}), ("set5", set(range(5))), ("set100", set(range(100))), ("frozen", frozenset("abcdefghij")),
                 ("list0", []), ("list3", [1, 2, 3]), ("list5", [1, 2, 3, 4, 5]), ("listrange", list(range(1000))), ("listcomp", [x for x in range(1000)]),
                 ("liststr", list("hello")), ("sorted", sorted([3, 1, 2])), ("star", [*range(6)]), ("rep", [None] * 100),
                 ("object", object()), ("plain", Plain()), ("slotted", Slotted()), ("withinit", WithInit()),
                 ("genexpr", (x for x in range(10))), ("genexpr2", (x * 2 for x in range(10))), ("iter", iter([1, 2])),
                 ("zip", zip("a", "b")), ("enumerate", enumerate("ab")), ("map", map(str, [1])), ("keys", {}.keys()),
                 ("function", gen), ("builtin", len), ("type", int), ("class", Plain), ("module", sys)]:
    print(f"{label:>10} {sys.getsizeof(o)}")
growth = []
lst = []
for i in range(40):
    lst.append(i)
    growth.append(sys.getsizeof(lst))
print(growth)
d, s = {}, set()
ds, ss = [], []
for i in range(40):
    d[i] = i
    s.add(i)
    ds.append(sys.getsizeof(d))
    ss.append(sys.getsizeof(s))
print(ds)
print(ss)
print(sys.getsizeof(1, 99), sys.getsizeof(list(range(10))) > sys.getsizeof(range(10)))
print(sys.getsizeof([x ** 2 for x in range(10000)]), sys.getsizeof(x ** 2 for x in range(10000)))
