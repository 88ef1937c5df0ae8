# enumerate, zip, map, filter, reversed and the container iterators
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: list(enumerate("abc")))
show(lambda: list(enumerate("abc", 10)))
show(lambda: list(enumerate("abc", start=-1)))
show(lambda: list(enumerate("ab", 2**64)))
show(lambda: list(enumerate([], 1.5)))
show(lambda: enumerate())
show(lambda: enumerate(5))
show(lambda: enumerate([], 1, 2))
show(lambda: enumerate([], x=1))
show(lambda: list(enumerate(iterable="xy")))
show(lambda: next(enumerate("z", True)))
e = enumerate("ab")
show(lambda: iter(e) is e)
show(lambda: next(e))
show(lambda: next(e))
show(lambda: next(e))

show(lambda: list(zip()))
show(lambda: list(zip("abc")))
show(lambda: list(zip("abc", range(5))))
show(lambda: list(zip("abc", [1, 2, 3], strict=True)))
show(lambda: list(zip("abc", [1, 2], strict=True)))
show(lambda: list(zip("ab", [1, 2, 3], strict=True)))
show(lambda: list(zip("ab", "ab", [1], strict=True)))
show(lambda: list(zip("a", "ab", "ab", strict=True)))
show(lambda: list(zip("ab", "ab", "abc", strict=True)))
show(lambda: list(zip("ab", "abc", "abc", strict=True)))
show(lambda: list(zip([], [], strict=True)))
show(lambda: list(zip(range(3), strict=False)))
show(lambda: zip(5))
show(lambda: zip([], 5))
show(lambda: list(zip(x=1)))
z = zip([1, 2], [3])
show(lambda: next(z))
show(lambda: next(z))
def g():
    yield 1
    yield 2
gg = g()
show(lambda: list(zip([1, 2, 3], gg)))
show(lambda: list(gg))

show(lambda: list(map(str, [1, 2])))
show(lambda: list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
show(lambda: list(map(None, [1])))
show(lambda: map(str))
show(lambda: map())
show(lambda: map(str, 5))
show(lambda: list(map(int, ["1", "x"])))
show(lambda: map(str, [], x=1))

show(lambda: list(filter(None, [0, 1, "", "a", None, [], [0]])))
show(lambda: list(filter(lambda x: x % 2, range(10))))
show(lambda: list(filter(bool, [0, 2])))
show(lambda: filter(None))
show(lambda: filter(None, 5))
show(lambda: filter(None, [], x=1))
show(lambda: list(filter(5, [1])))

show(lambda: list(reversed([1, 2, 3])))
show(lambda: list(reversed((1, 2, 3))))
show(lambda: list(reversed("abc")))
show(lambda: list(reversed(range(5))))
show(lambda: list(reversed(range(0, 10, 3))))
show(lambda: list(reversed({1: 2, 3: 4})))
show(lambda: list(reversed({1: 2, 3: 4}.items())))
show(lambda: reversed({1, 2}))
show(lambda: reversed(5))
show(lambda: reversed(iter([1])))
show(lambda: reversed())
show(lambda: reversed([], []))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
show(lambda: list(reversed(Seq())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
show(lambda: reversed(NoRev()))
class OwnRev:
    def __reversed__(self): return iter("zyx")
show(lambda: list(reversed(OwnRev())))
r = reversed([1, 2, 3])
show(lambda: r.__length_hint__())
next(r)
show(lambda: r.__length_hint__())
show(lambda: type(reversed([])).__name__)
show(lambda: type(reversed(())).__name__)
show(lambda: type(reversed(range(2))).__name__)
show(lambda: type(reversed({})).__name__)
show(lambda: type(reversed(Seq())).__name__)
lr = [1, 2, 3]
rv = reversed(lr)
lr.clear()
show(lambda: list(rv))

# list iteration sees mutation (no error), as in CPython
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l.append(4)
print(out)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
it = iter([1, 2, 3])
show(lambda: it.__length_hint__())
show(lambda: list(it))
show(lambda: list(it))
show(lambda: next(iter(()), "empty"))
s = "héllo"
print(list(iter(s)), list(reversed(s)))
b = b"\x00\xff"
print(list(b), list(reversed(b)))
print(list(iter(bytearray(b"ab"))))
show(lambda: iter(iter([1])).__next__())
show(lambda: [].__iter__().__next__())
itd = iter({1: 2})
show(lambda: itd.__length_hint__())
show(lambda: type(iter({}.values())).__name__)
show(lambda: type(iter({}.items())).__name__)
