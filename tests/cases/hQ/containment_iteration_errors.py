def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for a in [None, 1, "a", b"a", [1], (1,), 1.5, {1}, bytearray(b"a"), 97, 256, -1, True]:
    for c in ["abc", b"abc", bytearray(b"abc"), [1], {1: 2}, {1}, frozenset(), range(3), 5, None, memoryview(b"abc"), {}.keys(), {1: 2}.items(), {1: 2}.values()]:
        try:
            r = a in c
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(a), type(c).__name__, r)
for c in [5, None, 1.5, object(), len, type]:
    t(lambda: iter(c))
    t(lambda: list(c))
    t(lambda: [*c])
    t(lambda: {**{}, 1: c} and dict(c))
    t(lambda: sorted(c))
    t(lambda: tuple(c))
    t(lambda: "".join(c))
    t(lambda: min(c))
    t(lambda: enumerate(c))
    t(lambda: zip(c))
    t(lambda: sum(c))
def f(*a): return a
t(lambda: f(*5))
t(lambda: f(**5))
t(lambda: f(*None))
t(lambda: [*5])
t(lambda: {*5})
t(lambda: (*5,))
t(lambda: {**5})
t(lambda: {**[1]})
def g():
    for x in 5:
        pass
t(g)
def h():
    a, b = None
t(h)
def k():
    yield from 5
t(lambda: list(k()))
