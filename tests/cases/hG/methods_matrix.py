objs = ["abcab", b"abcab", bytearray(b"abcab"), [3, 1, 2], (1, 2, 1), {"a": 1}, 12, 2.5]
argsets = [(), (None,), (1,), (-1,), ("a",), (b"a",), (2**65,), ("a", 1), ("a", "b"), (b"a", b"b"), (1, 2), (0, -1, 2), ([1],), ("",), (b"",), (1.5,)]
def show(v):
    r = repr(v)
    if " at 0x" in r: r = type(v).__name__
    return r[:60]
for o in objs:
    names = sorted(n for n in dir(type(o)) if not n.startswith("_"))
    for n in names:
        if n in ("maketrans", "fromkeys", "fromhex", "from_bytes", "mro"): continue
        for a in argsets:
            obj = o.copy() if hasattr(o, "copy") else o
            try:
                r = getattr(obj, n)(*a)
                out = show(r) + " " + show(obj)
            except Exception as e:
                out = type(e).__name__ + ": " + str(e)
            print(type(o).__name__, n, show(a), "->", out[:140])
