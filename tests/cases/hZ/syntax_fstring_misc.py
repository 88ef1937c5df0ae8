x = 5
print(f"{x!r:>{x}}|{'a' 'b'}|{x:{'>'}{x}}|{x=!s:^9}|{{x}}|{x:#0{x}b}")
print(f"{'nested {}'.format(1)}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda: 7)()}", f"{x if x else 0}", f"{3.14159:.{2}f}")
print(f"{x:=10}", f"{-x:=10}", f"{'s':*^10}", f"{1234567.891:,.2f}", f"{0.5:.0%}", f"{12:c}" if False else "", f"{b'x'!r}")
print(f"""{
    x
}""", f"{x}" f"{x}", rf"\n{x}", F"{x}")
import datetime
print(f"{datetime.date(2020, 5, 17):%B %d, %Y}", f"{datetime.datetime(2020, 1, 1, 13, 5):%I:%M %p}")
class C:
    def __format__(self, spec): return f"C({spec!r})"
print(f"{C()}", f"{C():xyz}", f"{C()!s}"[:3], format(C(), ""))
y = [1, 2]
print(f"{y!a}", f"{'é'!a}", f"{len(y)=}", f"{y[0] + y[1] = }", f"{x = :5}")
def deco(*args, **kw):
    def w(fn): fn.meta = (args, kw); return fn
    return w
@deco(1, k="v")
class K:
    @deco()
    def m(self): pass
print(K.meta, K.m.meta)
print([*"ab", *[1]], {**{"a": 1}, "b": 2}, (*range(2),), [i for i in range(3) if i if i > 0])
a = b = c = 0
a, (b, c) = 1, (2, 3); print(a, b, c)
for i, in [(1,), (2,)]: print(i, end=" ")
print()
lst = [1, 2, 3]; lst[1:2] = [[4]]; print(lst)
print(1 if True else 2 if False else 3, not 1 == 2, -1 ** 2, (not None) + 1, 2 < 3 < 4 > 1, 1 < 2 == 2, [] or {} or 0 or "x", 1 and 2 and 0)
print(type(...).__name__, Ellipsis, ..., NotImplemented, __debug__)
def gen():
    x = yield
    yield x * 2
g = gen(); next(g); print(g.send(21))
print(*(i ** 2 for i in range(4)))
if (n := 10) > 5: print(n)
print((lambda *a, **k: (a, k))(1, 2, x=3))
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1; self.__private = Cnt.n
    def get(self): return self.__private
c1 = Cnt(); print(c1.get(), c1._Cnt__private, hasattr(c1, "__private"))
assert True, "never"
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print(e.args)
print(0 or None, None or 0, "" and 1, [] and [1])
