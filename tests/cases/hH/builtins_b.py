import sys
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max([], default="empty"), min([], default=None), max([1, -5, 3], key=abs), min("aBc", key=str.lower), max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([2, 1, 1.0]))
print(max([3, 3], key=lambda x: 0), max("a", "b", key=None), max(iter([4, 9])), max({1: 2, 3: 4}), min(range(5, 0, -1)))
for op in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max([1], key=1), lambda: max([1], foo=1), lambda: min(1, 2, key=lambda x, y: 0)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1])
print(next(it), next(it, "done"), next(iter([]), None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e, e.args, e.value)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
print(pow(2, 3), pow(2.0, 3), pow(2, -2), pow(-8, 1/3) if False else "", pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=3), pow(10, 2, None))
print(repr("x"), repr(1.0), repr([None, True]), repr(A) if False else "", repr(...), repr(NotImplemented), repr(print), repr(len), repr(int), repr(type), repr(object), repr(None.__class__))
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234, -2), round(0.5, 0), round(True), round(10, 0), type(round(2.5, None)).__name__)
try:
    round("1")
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, "1")
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({3: 0, 1: 0}), sorted([], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([1, 2, 3], key=lambda x: -x))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([1, 2.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(101)), sum([True, True]), sum([1e308, 1e308, -1e308]), sum([2**64, -2**64, 1]), sum([1 + 1j, 2]), sum(iter([0.5, 0.25]), start=1))
for op in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum([bytearray(b"a")], bytearray()), lambda: sum(5)]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
X = type("X", (object,), {"a": 1, "f": lambda self: self.a * 2})
x = X()
print(X.__name__, X.__bases__, x.a, x.f(), type(x) is X, type(1), type("a")(5), type(type), X.__qualname__, X.__module__)
Y = type("Y", (X,), {}); print(Y.__mro__ == (Y, X, object), Y().f())
for args in [("Z",), ("Z", (), {}, 1), (1, (), {}), ("Z", 1, {}), ("Z", (), 1), ("Z", (int, str), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError", e)
class V:
    def __init__(self):
        self.p = 1
print(vars(V()), "vars" in vars(__builtins__) if isinstance(__builtins__, dict) else "vars" in vars(__builtins__), sorted(vars(V).keys())[:3])
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
print(list(zip("ab", [1, 2], (3, 4))), list(zip()), list(zip("abc", "x")), list(zip("ab", "cd", strict=True)), list(zip(range(3))))
for a in [("ab", "c"), ("a", "bc"), ("ab", "cd", "e"), ("a", "b", "cd")]:
    try:
        print(list(zip(*a, strict=True)))
    except ValueError as e:
        print("ValueError", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError", e)
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="", end="")
print()
print(*[1, 2, 3], sep=", ")
print("f", file=sys.stdout, flush=True)
print("s", sep=None, end=None)
for kw in [{"sep": 1}, {"end": 2}, {"file": 3}, {"bogus": 1}]:
    try:
        print("z", **kw)
    except Exception as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W(); print("to", "w", file=w, end="."); print(w.parts)
print(bin(5), oct(64), hex(4095), bin(-0), oct(0), hex(-1))
print(chr(65), ord("A"), chr(ord("é")), id(x) == id(x), id(1) != id(2) or True)
print(reversed([1, 2]).__class__.__name__, list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed({1: 0, 2: 0})))
class Rev:
    def __reversed__(self):
        return iter("custom")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Rev())), list(reversed(Seq())), list(iter(Seq())), 20 in Seq(), list(Seq()))
for bad in [5, {1}, iter([1]), (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)
