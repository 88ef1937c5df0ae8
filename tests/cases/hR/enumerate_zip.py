def t(f, *a, **k):
    try:
        print(repr(list(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__, e)
t(enumerate, "abc")
t(enumerate, "abc", 1)
t(enumerate, "abc", start=-5)
t(enumerate, "ab", 2**63 - 1)
t(enumerate, "abc", 2**64)
t(enumerate, "ab", True)
t(enumerate, "ab", 1.5)
t(enumerate, "ab", "1")
t(enumerate, 5)
t(enumerate)
t(enumerate, iterable="xy")
t(enumerate, "x", 1, 2)
t(enumerate, "x", begin=2)
class I:
    def __index__(self):
        return 3
t(enumerate, "ab", I())
e = enumerate("xyz")
print(next(e), next(e), type(e).__name__, iter(e) is e)
t(zip)
t(zip, [1, 2], "ab")
t(zip, [1, 2, 3], "ab")
t(zip, [1, 2], "ab", strict=True)
t(zip, [1, 2, 3], "ab", strict=True)
t(zip, [1, 2], "abc", strict=True)
t(zip, [1, 2], "ab", [0], strict=True)
t(zip, [1], "a", [0, 1], strict=True)
t(zip, [1, 2], "ab", [0, 1, 2], strict=True)
t(zip, [1, 2], "abc", [0, 1, 2], strict=True)
t(zip, [1], strict=True)
t(zip, [], strict=True)
t(zip, [1], 5)
t(zip, 5, [1])
t(zip, [1], [2], [3], None)
t(zip, [1], foo=True)
t(zip, [1], [2], strict=False)
t(zip, "ab", strict=1)
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 1))), consumed)
consumed.clear()
try:
    list(zip(gen("a", 2), gen("b", 3), strict=True))
except ValueError as e:
    print(e, consumed)
print(dict(zip("abc", range(3))))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
x, y = zip(*[])  if False else ((), ())
print(x, y)
print(list(zip(*zip([1, 2], [3, 4]))))
print(list(enumerate(zip("ab", "cd"), 1)))
