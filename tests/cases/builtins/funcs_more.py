# builtin functions part 2: iter/next, max/min, pow, print, round, sorted, sum, vars, dir, zip...
import sys
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# iter / next
it = iter([1, 2])
show(lambda: next(it))
show(lambda: next(it))
show(lambda: next(it))
show(lambda: next(it, "end"))
show(lambda: next([1]))
show(lambda: next(5))
show(lambda: next())
show(lambda: iter(5))
show(lambda: iter())
show(lambda: iter(1, 2, 3))
show(lambda: iter(5, 1))
n = [0]
def counter():
    n[0] += 1
    return n[0]
show(lambda: list(iter(counter, 4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
show(lambda: list(iter(Seq())))
show(lambda: list(Seq()))
show(lambda: 20 in Seq())
class NotIter:
    __iter__ = None
show(lambda: iter(NotIter()))
class BadIter:
    def __iter__(self): return 5
show(lambda: iter(BadIter()))
def gen():
    yield 1
    return 9
g = gen()
show(lambda: next(g))
show(lambda: next(g))
show(lambda: type(iter(counter, 1)).__name__)
show(lambda: type(iter([])).__name__)
show(lambda: type(iter(())).__name__)
show(lambda: type(iter(range(3))).__name__)
show(lambda: type(iter("ab")).__name__)
show(lambda: type(iter({})).__name__)
show(lambda: type(iter(set())).__name__)
show(lambda: type(iter(Seq())).__name__)

# max / min
show(lambda: max(3, 1, 2))
show(lambda: min(3, 1, 2))
show(lambda: max([3, 1, 2]))
show(lambda: max([]))
show(lambda: min([]))
show(lambda: max([], default=7))
show(lambda: max([1], default=7))
show(lambda: max(1, 2, default=7))
show(lambda: max())
show(lambda: max(5))
show(lambda: max("abc"))
show(lambda: max([1, "a"]))
show(lambda: max(["aa", "b", "ccc"], key=len))
show(lambda: min(["aa", "b", "ccc"], key=len))
show(lambda: max([(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))
show(lambda: min([(1, "a"), (1, "b"), (0, "c")], key=lambda t: -t[0]))
show(lambda: max(1, 2, key=None))
show(lambda: max([1, 2], key=5))
show(lambda: max([1, 2], foo=1))
show(lambda: max([float("nan"), 1, 2]))
show(lambda: max([1, float("nan"), 2]))
show(lambda: max(1, 2.5, 2**70, -3))
show(lambda: min(x for x in [4, 2, 8]))

# pow
show(lambda: pow(2, 10))
show(lambda: pow(2, -1))
show(lambda: pow(2, 10, 1000))
show(lambda: pow(3, -1, 7))
show(lambda: pow(3, -2, 7))
show(lambda: pow(6, -1, 9))
show(lambda: pow(2, 10, -7))
show(lambda: pow(-2, 3, 7))
show(lambda: pow(2, 10, 0))
show(lambda: pow(2, 10, 1))
show(lambda: pow(2, 0, 1))
show(lambda: pow(0, 0, 5))
show(lambda: pow(2**100, 2**100, 10**9 + 7))
show(lambda: pow(3, -1, -7))
show(lambda: pow(base=2, exp=5))
show(lambda: pow(2, 5, mod=3))
show(lambda: pow(2, 5, None))
show(lambda: pow(2.0, 5, 3))
show(lambda: pow("a", 2))
show(lambda: pow(2, "a", 3))
show(lambda: pow(True, 2, 5))
show(lambda: pow(-1, 0.5))
show(lambda: pow(0, -1))

# print
print(1, 2, 3)
print(1, 2, 3, sep="-")
print(1, 2, 3, sep=None)
print("a", "b", end="!\n")
print("x", end="")
print()
print("no newline", end=None)
print(file=sys.stdout)
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print(*[1, 2], sep="")
show(lambda: print(1, sep=5))
show(lambda: print(1, end=5))
show(lambda: print(1, foo=5))
show(lambda: print(1, file=5))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", 1, [2], sep="|", end="$", file=w)
print(w.parts)
class StrRaise:
    def __str__(self): raise ValueError("no str")
show(lambda: print(StrRaise()))
print(None, True, 1.5, 1j, "s", b"b", [None], {"k": (1,)})

# round
show(lambda: round(2.5))
show(lambda: round(3.5))
show(lambda: round(-2.5))
show(lambda: round(0.125, 2))
show(lambda: round(12345, -2))
show(lambda: round(12355, -1))
show(lambda: round(2**70 + 5, -1))
class R:
    def __round__(self, n=None): return ("round", n)
show(lambda: round(R()))
show(lambda: round(R(), 3))
show(lambda: round(object()))
show(lambda: round(1, 2, 3))

# sorted
show(lambda: sorted([3, 1, 2]))
show(lambda: sorted("cba"))
show(lambda: sorted([3, 1, 2], reverse=True))
show(lambda: sorted(["b", "A", "c"], key=str.lower))
show(lambda: sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
show(lambda: sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0], reverse=True))
show(lambda: sorted([1, "a"]))
show(lambda: sorted())
show(lambda: sorted([], foo=1))
show(lambda: sorted([1], None))
show(lambda: sorted(5))
show(lambda: sorted({3: 1, 1: 2}))
show(lambda: sorted([3.5, 1, 2**70, -1e300, True]))
show(lambda: sorted([[2], [1, 5], [1]]))
show(lambda: sorted([None, None]))

# sum
show(lambda: sum([1, 2, 3]))
show(lambda: sum([1, 2, 3], 10))
show(lambda: sum([1.5, 2.5]))
show(lambda: sum([0.1] * 10))
show(lambda: sum([1e100, 1.0, -1e100]))
show(lambda: sum([[1], [2]], []))
show(lambda: sum([(1,), (2,)], ()))
show(lambda: sum(["a", "b"], ""))
show(lambda: sum([b"a"], b""))
show(lambda: sum([1, "a"]))
show(lambda: sum())
show(lambda: sum([1], start=5))
show(lambda: sum([2**62, 2**62, 2**62]))
show(lambda: sum([1, 2.5, 3]))
show(lambda: sum([1j, 2]))
show(lambda: sum(range(101)))
show(lambda: sum([True, True, False]))
show(lambda: sum([0.1, 0.2, 0.3], 1))
show(lambda: sum([float("inf"), float("-inf")]))
show(lambda: sum(iter([1, 2]), 0.5))

# vars / dir
class V:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = 2
show(lambda: vars(V()))
show(lambda: vars(5))
show(lambda: sorted(vars(V))["cls_attr" in vars(V)] if False else "cls_attr" in vars(V))
show(lambda: [x for x in dir(V()) if not x.startswith("__")])
show(lambda: dir(5) == dir(int))
show(lambda: "append" in dir([]))
class D:
    def __dir__(self): return ["z", "a", "m"]
show(lambda: dir(D()))
def f_dir():
    x = 1; y = 2
    return dir()
show(lambda: f_dir())
def f_vars():
    q = 3
    return vars()
show(lambda: f_vars())
