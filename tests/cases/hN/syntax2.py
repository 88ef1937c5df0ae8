buttons = [lambda f: f, lambda f: (lambda: 'wrapped ' + f())]
@buttons[1]
def hello(): return 'hi'
print(hello())
@(lambda f: f)
def g(): return 'g'
print(g())
x: int
y: 'list[int]' = []
print(__annotations__)
def ann(a: int = 1, *b: str, c: 'C' = None, **d: float) -> bool: pass
print(ann.__annotations__)
for i, (a, *b) in enumerate([(1, 2, 3), (4,)]): print(i, a, b)
for [p, q] in [[1, 2]]: print(p, q)
def side(v): print('side', v); return v
print(side(1) < side(2) < side(0) < side(5))
print(1 < 2 == 2 > 1 != 3, 1 < 2 > 3, 'a' < 'b' < 'c', 3 > 2 in [2], (1 == 1) is True)
print(__debug__)
try:
    assert 1 == 2, 'custom %d' % 5
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
class K:
    v = 10
    w = [v for _ in range(2)] if False else None
    try:
        z = [v for _ in range(2)]
    except NameError as e:
        print('NameError', e)
    u = [i for i in range(v)]
print(K.u[-1])
def pos(a, b, /, c, *, d): return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
for call in ["pos(1, b=2, c=3, d=4)", "pos(1, 2, 3, 4)", "pos(1, 2, 3)", "pos(1, 2, d=1)", "pos(1, 2, 3, d=4, e=5)", "pos(1, 2, 3, c=3, d=4)", "pos()"]:
    try:
        eval(call)
    except TypeError as e:
        print(type(e).__name__, e)
def kw(**k): return sorted(k.items())
print(kw(**{'a': 1}, b=2, **{'c': 3}))
try:
    kw(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
print(*'abc', *[1], sep='-')
a, *rest = 'xyz'; print(a, rest); *init, last = range(4); print(init, last); first, *mid, end = [1, 2]; print(first, mid, end)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *'ab'], {*(1, 2), 3}, {**{'a': 1}, 'b': 2}, (*[1],), [*[]])
t = 1,
print(t, (), (1), (1,), type((1)))
x = y = z = 7; print(x, y, z)
a = b = []; a.append(1); print(b)
i = 0; L = [0, 0]; i, L[i] = 1, 9; print(i, L)
print(not 1 == 2, not (1 and 0), -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -1 ** 0.5 if False else 0, ~-1, - - 1, +-+1)
print(1 if True else 2 if False else 3, [x for x in (1, 2) if x if x > 1], [(lambda: i)() for i in range(2)])
print(type(lambda: 0).__name__, (lambda *a, **k: (a, k))(1, x=2), (lambda a, b=2, *, c=3: a + b + c)(1, c=10))
