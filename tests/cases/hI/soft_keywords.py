"""Module docstring."""
print(__doc__, __name__, type(__builtins__).__name__)
match = [1, 2]
case = 3
_ = 4
print(match, case, _)
match match:
    case [1, _]:
        print("matched with soft keyword subject", _)
def match(case): return case * 2
print(match(5))
class type_: pass
type = "shadowed type"
print(type)
del type
print(type(1))
class C:
    def __getitem__(self, k): return k
c = C()
t = (1, 2)
print(c[*t], c[1:2, ...], c[...], c[:, 1], c[::], c[1:2, *t], c[()])
print(c[1,], c[-1:], c["a":"b":"c"])
lst = [1, 2, 3]
print(*lst, sep=",")
print(*lst, *"ab", **{"sep": "|"})
a, = lst[:1]; print(a)
x = 1 if True else 2 if False else 3; print(x)
y = [i for i in range(10) if i % 2 if i > 3]; print(y)
z = [(i, j) for i in range(3) for j in range(i)]; print(z)
w = [[j for j in range(i)] for i in range(3)]; print(w)
print((lambda: (yield)).__name__)
gen = (lambda: (yield 5))(); print(next(gen))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
v = (yield_ := 5); print(v, yield_)
print([(n := 1), n])
if (m := len(lst)) > 2: print("m is", m)
def f(x=(lambda: 10)()): return x
print(f())
async_ = 1; await_ = 2; print(async_ + await_)
print(__debug__)
assert True, "never"
try:
    assert 1 == 2, "assert message " + str(1)
except AssertionError as e: print("AssertionError", e, e.args)
try:
    assert False
except AssertionError as e: print("AssertionError", repr(e), e.args)
try:
    assert [], []
except AssertionError as e: print("AssertionError", repr(e))
print(...)
print(Ellipsis is ..., type(...).__name__, repr(NotImplemented), bool(None))
for _ in range(2): pass
else: print("for-else", _)
while False: pass
else: print("while-else")
i = 0
while i < 5:
    i += 1
    if i == 3: break
else: print("not printed")
print("i", i)
for i in []: pass
print("i still", i)
if 0: pass
elif []: pass
elif "x": print("elif x")
else: pass
with open(__file__) as fh, open(__file__) as fh2:
    print(fh.readline().strip() == fh2.readline().strip())
with (open(__file__) as a1,
      open(__file__) as a2):
    print(type(a1).__name__)
class Empty: ...
def stub(): ...
print(stub(), Empty.__name__)
print(0 or \
      5)
s = ("implicit "
     "concat"); print(s)
print(r"\\", "\\\\", "a\
b")
x = [
    1,
    2,
]
print(x, {1: 2,}, (1,), f(*()), dict(**{}), print.__name__)
global_var = 1
def use_global():
    global global_var
    global_var += 1
    return global_var
print(use_global(), global_var)
def star_only(*, a): return a
print(star_only(a=1))
print(not not not 0, (not 0) + 1, -~5, ~-5)
print(type(1 if 0 else 1.0).__name__, isinstance(True, int), 0.1 + 0.2 != 0.3)
print("done")
