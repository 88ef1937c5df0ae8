# reprs of containers, recursive containers, bool/None/Ellipsis/NotImplemented
a = [1]
a.append(a)
print(a, repr(a), str(a))
d = {}
d[1] = d
d[2] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
l = []
l.append({"k": l})
print(l)
v = {1: 0}
v[2] = v.keys()
print(v)
print(v.keys(), v.values())
vi = {1: 0}
vi[2] = vi.items()
print(vi.items())
x = [[]] * 3
print(x)
y = [1, 2]
z = [y, y, [y]]
print(z)
print([None, True, False, ..., NotImplemented, 1.0, -0.0, 1e300, "s'", 'd"', b"b", 1j])
print((), (1,), (1, 2), ((),), [()], {(): ()})
print(repr(True), repr(False), str(True), True + 0, int(False), bool(), bool([]), bool([0]))
print(True == 1, True is True, hash(True), True.real, True.imag, True.numerator, True.denominator)
print(True.__class__, type(False).__name__, isinstance(True, int))
print(bool.__name__, bool(0.0), bool(-0.0), bool(0j), bool(float("nan")), bool(""), bool(" "))
print(True & True, True | False, True ^ True, ~True, -True, +True, True << 2, True * 2.5)
print(repr(None), str(None), repr(...), repr(NotImplemented), type(None).__name__, type(...).__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e:
    print(e)
class L:
    def __len__(self): return 0
print(bool(L()))
class NB:
    def __len__(self): return -1
try:
    bool(NB())
except ValueError as e:
    print(e)
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(deep)
big = list(range(200))
print(repr(big)[:60], len(repr(big)))
class R:
    def __repr__(self): return "R!"
print([R(), {R(): R()}], (R(),), {R()})
class BadR:
    def __repr__(self): raise ValueError("bad repr")
try:
    repr([1, BadR()])
except ValueError as e:
    print("err", e)
print([1, 2])  # guard state recovered after the error
class RetNonStr:
    def __repr__(self): return 5
try:
    repr([RetNonStr()])
except TypeError as e:
    print(e)
