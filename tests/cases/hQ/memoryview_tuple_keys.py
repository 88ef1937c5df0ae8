def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b"abcdef")
m2 = m.cast("B", (2, 3))
for mv in (m, m2):
    t(lambda: mv[1, 2])
    t(lambda: mv[1:2, 3])
    t(lambda: mv[1:2, 0:1])
    t(lambda: mv[()])
    t(lambda: mv[1, "a"])
    t(lambda: mv[(1,)])
    t(lambda: mv[-1, -1])
    t(lambda: mv[2, 0])
    t(lambda: mv.__setitem__((1, 2), 5))
    t(lambda: mv.__setitem__((slice(1), 2), 5))
t(lambda: m2[1, 2, 3])
t(lambda: m2[(1,)])
t(lambda: m2[1])
