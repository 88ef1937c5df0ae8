f = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
try:
    f(1)
except TypeError as e:
    print(e)
g = lambda: None
print(g(), (lambda *a: a)(), (lambda **k: k)(x=1), (lambda x, /, y: x + y)(1, y=2))
try:
    (lambda x, /: x)(x=1)
except TypeError as e:
    print(e)
default = []
h = lambda x, acc=default: acc.append(x) or acc
h(1); h(2); print(default)
n = 1
k = lambda: n
n = 2
print(k(), (lambda x: (lambda y: x + y))(10)(5))
print(sorted([3, -1, 2], key=lambda v: abs(v)), list(filter(lambda s: s, ["", "a"])))
print((lambda: (yield 1))().__class__.__name__)
def deco(a, b=[]):
    b.append(a); return b
print(deco(1), deco(2), deco(3, []))
