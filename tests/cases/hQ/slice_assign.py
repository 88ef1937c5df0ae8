def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def sa(l, s, v):
    l[s] = v
    return l
def sd(l, s):
    del l[s]
    return l
t(lambda: sa(list(range(6)), slice(None, None, 2), "abc"))
t(lambda: sa(list(range(6)), slice(None, None, 2), "ab"))
t(lambda: sa(list(range(6)), slice(None, None, -2), [9, 8, 7]))
t(lambda: sa(list(range(6)), slice(1, 1), [9, 8]))
t(lambda: sa(list(range(6)), slice(4, 1), [9]))
t(lambda: sa(list(range(6)), slice(None, None, 1), []))
t(lambda: sa(list(range(6)), slice(0, 3), 5))
t(lambda: sa(list(range(6)), slice(0, 6, 3), 5))
t(lambda: sa(list(range(6)), slice(0, 0, 2), []))
t(lambda: sa(list(range(6)), slice(10, 20), [1, 2]))
t(lambda: sa(list(range(6)), slice(-100, 2), "xy"))
t(lambda: sa(list(range(6)), slice(None, None, -1), range(6)))
t(lambda: sa(list(range(6)), slice(None, None, 0), []))
t(lambda: sd(list(range(10)), slice(None, None, 3)))
t(lambda: sd(list(range(10)), slice(None, None, -3)))
t(lambda: sd(list(range(10)), slice(8, 2, -2)))
t(lambda: sd(list(range(10)), slice(2, 8, -2)))
t(lambda: sd(list(range(10)), slice(None, None, 0)))
t(lambda: sd(list(range(10)), slice(-3, None)))
t(lambda: sd(list(range(10)), 20))
t(lambda: sd(list(range(10)), -11))
b = bytearray(b"abcdef")
t(lambda: sa(b, slice(None, None, 2), b"XYZ"))
t(lambda: sa(b, slice(None, None, 2), b"XY"))
t(lambda: sa(b, slice(0, 2), [65, 66, 67]))
t(lambda: sa(b, slice(0, 2), [256]))
t(lambda: sa(b, slice(0, 2), "ab"))
t(lambda: sa(b, slice(0, 2), 3))
t(lambda: sa(b, 0, 300))
t(lambda: sa(b, 0, b"a"))
t(lambda: sd(b, slice(None, None, 2)))
l = [1, 2, 3]
l[1:2] = l
print(l)
l = [1, 2, 3]
l[::-1] = l
print(l)
l = [1, 2, 3, 4]
l[::2] = l[1::2]
print(l)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(None, None, -1).indices(4))
t(lambda: slice(0, 10, 0).indices(3))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice("a").indices(3))
t(lambda: slice(1, 2) == slice(1, 2))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(-2**70, 2**70, 3).indices(10))
t(lambda: (slice(None, 5, None), repr(slice("a", [1], None))))
t(lambda: range(10)[slice(2**65, None, -3)])
