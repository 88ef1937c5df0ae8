import array
vals = [0, 1, -3, 2**65, 1.5, 2j, True, None, "ab", b"ab", bytearray(b"x"), [1], (2,), {1}, frozenset([3]), {1: 2}, range(2), memoryview(b"m"), array.array("b", [1]), ..., NotImplemented, int, len]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", ">", ">=", "==", "!=", "in", "not in", "is"]
def show(v):
    r = repr(v)
    if " at 0x" in r: r = type(v).__name__
    return r[:40]
for op in ops:
    for a in vals:
        for b in vals:
            if op in ("**", "<<") and b is vals[3]: continue
            try:
                r = eval("a %s b" % op)
                if isinstance(r, (memoryview,)) or " at 0x" in repr(r): r = type(r).__name__
                out = show(r)
            except Exception as e:
                out = type(e).__name__ + ": " + str(e)
            print(show(a), op, show(b), "->", out[:100])
for u in ["-", "+", "~", "not "]:
    for a in vals:
        try:
            out = show(eval(u + "a"))
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(u, show(a), "->", out)
