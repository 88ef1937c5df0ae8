print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate("ab", start=-2)), list(enumerate([], 3)))
print(list(enumerate("ab", 2**64)))
e = enumerate("xyz")
print(next(e), type(e).__name__, list(e))
try:
    enumerate("a", "b")
except TypeError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    enumerate()
except TypeError as e:
    print(e)
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
print(dict(enumerate("ab")), list(enumerate(range(3), start=True)))
class E(enumerate): pass
print(list(E("q")))
