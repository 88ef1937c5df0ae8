def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
s = "abcdef"; l = list(s); tp = tuple(s); b = b"abcdef"; r = range(6); ba = bytearray(b)
for seq in [s, l, tp, b, r, ba]:
    name = type(seq).__name__
    print(name)
    t(lambda: seq[True])
    t(lambda: seq[::True])
    t(lambda: seq[False:-True])
    t(lambda: seq[1, 2])
    t(lambda: seq[1:2, 3])
    t(lambda: seq["1"])
    t(lambda: seq[1.0])
    t(lambda: seq[None])
    t(lambda: seq[1.0:])
    t(lambda: seq[:"a"])
    t(lambda: seq[::1.5])
    t(lambda: seq[-7])
    t(lambda: seq[6])
    t(lambda: seq[2**63])
    t(lambda: seq[-2**63 - 1])
    t(lambda: seq[2**63:])
    t(lambda: seq[::-2**63])
    t(lambda: seq[::2**63])
    t(lambda: list(seq[5:-100:-2]))
    t(lambda: list(seq[-100:100:3]))
    t(lambda: seq[...])
    t(lambda: seq[[1]])
    t(lambda: seq[slice(1)])
d = {}
t(lambda: d[1, 2])
d[1, 2] = 3
t(lambda: d)
t(lambda: d[(1, 2)])
t(lambda: d[slice(1, 2)])
t(lambda: d[1:2])
def ds():
    d[1:2] = 5
t(ds)
t(lambda: {1: 2}[...])
