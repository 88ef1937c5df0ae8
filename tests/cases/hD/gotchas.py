import operator, itertools, collections
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print("EXC", type(e).__name__, e)
tup = ([1], 2)
try:
    tup[0] += [3]
except TypeError as e:
    print(e, tup)
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), list(reversed([1, 2])), [x for x in OldIter()])
t(lambda: reversed(OldIter()))
class Sized:
    def __len__(self): return 0
    def __getitem__(self, i): return i
t(lambda: (bool(Sized()), list(reversed(Sized()))))
class A: pass
class B: pass
a = A(); a.__class__ = B; print(type(a).__name__)
t(lambda: setattr(a, "__class__", int))
print("{name} has {n:>3} items".format_map({"name": "x", "n": 5}))
class Default(dict):
    def __missing__(self, k): return f"<{k}>"
print("{a} {b}".format_map(Default(a=1)))
cm = collections.ChainMap({"debug": True}, {"debug": False, "level": 3})
cm["new"] = 1
print(cm["debug"], cm["level"], cm.maps, len(cm), sorted(cm), cm.parents, cm.new_child({"x": 0})["x"])
t(lambda: cm.pop("level"))
Book = collections.namedtuple("Book", "title author year")
books = [Book("B", "x", 1999), Book("A", "y", 1999), Book("C", "x", 2001)]
print(sorted(books, key=operator.attrgetter("year", "title")))
for author, grp in itertools.groupby(sorted(books, key=lambda b: b.author), key=lambda b: b.author):
    print(author, [b.title for b in grp])
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
t(lambda: str(MyErr(404, "not found")))
t(lambda: repr(MyErr(404, "not found")))
e = MyErr(1, "m"); print(e.args, f"{e}", "%s" % e)
class E2(Exception): pass
print(repr(E2()), str(E2()), repr(E2(1, 2)), str(E2(1, 2)), str(E2("only")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(OSError(2, "No such file")), repr(OSError(2, "x")), OSError(2, "x").errno, str(OSError("just msg")), type(OSError(2, "x")).__name__)
print(type(OSError(2, "x", "f.txt")).__name__, str(OSError(2, "x", "f.txt")), str(FileNotFoundError(2, "No such file or directory", "a.txt")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 3))), repr(StopIteration(5).value), SystemExit(3).code, SystemExit().code)
def gen():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = gen(); next(g); g.send(5); g.send(7)
try:
    g.send(None)
except StopIteration as si:
    print("returned", si.value)
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
    print(i, end=" ")
else:
    print("no")
print()
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0: items.remove(x)
print(items)
d = {"a": 1, "b": 2}
try:
    for k in d: d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if len(l) < 6: l.append(x * 10)
print(l)
matrix = [[0] * 3] * 3; matrix[0][0] = 1; print(matrix)
matrix = [[0] * 3 for _ in range(3)]; matrix[0][0] = 1; print(matrix)
def f(x, acc=[]):
    acc.append(x); return acc
print(f(1), f(2), f(3, []))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 / 3 * 3 == 1, int("007"), 1_000_000 // 7)
print(is_ := 5, [y := 1, y ** 2])
x = 257; y = 257; print(x == y)
print([1, 2] * 2, (1,) * 3, "-" * 10, [[]] * 2)
a, b = 1, 2; a, b = b, a + b; print(a, b)
print(list(zip("abc", range(10))), dict(enumerate("xy")), list(map(operator.add, [1, 2], [10, 20])))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True), max({"x": 1, "y": 5}, key={"x": 1, "y": 5}.get))
