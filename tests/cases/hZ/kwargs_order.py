def f(**kw): return list(kw.items())
print(f(b=1, a=2, c=3), f(**{"z": 1, "y": 2}, x=3))
def g(a, b, c): return a, b, c
print(g(1, c=3, b=2), g(*[1], **{"c": 3, "b": 2}))
for call in (lambda: g(1, 2, 3, 4), lambda: g(1, a=1, b=2, c=3), lambda: g(1, 2, d=4), lambda: g(), lambda: g(1, 2, c=3, c2=4)):
    try:
        call()
    except TypeError as e:
        print(e)
def kwonly(a, *, b, c=3): return a, b, c
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
def two_kw(*, x, y): pass
try:
    two_kw()
except TypeError as e:
    print(e)
def pos(a, b, /, c): return a, b, c
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(e)
print(pos(1, 2, c=3))
def merged(a, **kw): return a, kw
print(merged(1, a2=2), merged(a=1, b=2))
class M:
    def meth(self, x): return x
try:
    M().meth()
except TypeError as e:
    print(e)
try:
    M.meth()
except TypeError as e:
    print(e)
