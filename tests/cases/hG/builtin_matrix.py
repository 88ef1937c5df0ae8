import array
vals = [0, 1, -3, 2**65, -2**65, 1.5, -0.0, float("inf"), 2j, True, None, "", "ab", "7", " 12 ", b"ab", b"5", bytearray(b"x"), [1], [], (2,), (), {1}, frozenset([3]), {1: 2}, {}, range(2), array.array("b", [1]), ..., int, len]
funcs = [len, abs, (lambda v: hash(v) if isinstance(v, (int, float, complex)) else "skip"), int, float, complex, str, repr, ascii, bool, list, tuple, set, frozenset, dict, sorted, min, max, sum, round, hex, oct, bin, chr, ord, bytes, bytearray, reversed, enumerate, iter, any, all, callable, type, id, memoryview, range, slice, zip, divmod.__call__ if False else (lambda v: divmod(v, 3)), (lambda v: divmod(7, v)), (lambda v: pow(v, 2)), (lambda v: pow(2, v, 5)), (lambda v: format(v, "")), (lambda v: format(v, ">4")), (lambda v: format(v, "d")), (lambda v: format(v, ".1f")), (lambda v: "%s|%r|%d" % (v, v, v)), (lambda v: "%x" % v), (lambda v: "%.2f" % v), (lambda v: "%c" % v), (lambda v: [1, 2, 3][v]), (lambda v: "abc"[v]), (lambda v: v[0]), (lambda v: v[1:]), (lambda v: {v: 1}), (lambda v: v * 2), (lambda v: int(v, 16)), (lambda v: isinstance(1, v)), (lambda v: issubclass(int, v)), (lambda v: getattr(v, "real")), (lambda v: next(v)), (lambda v: list(zip(v, v))), (lambda v: sorted([v, v])), (lambda v: max(v, default=9)), (lambda v: [*v]), (lambda v: dict.fromkeys(v)), (lambda v: "".join(v)), (lambda v: b"".join([v])), (lambda v: v in v), (lambda v: 1 in v), (lambda v: "a" in v)]
def show(v):
    r = repr(v)
    if " at 0x" in r or "object at" in r: r = type(v).__name__
    return r[:50]
for i, f in enumerate(funcs):
    name = getattr(f, "__name__", "f")
    if name == "<lambda>": name = "lambda%d" % i
    if f is id: continue
    for v in vals:
        if f in (set, frozenset, sorted, min, max) and isinstance(v, str): continue
        try:
            r = f(v)
            if isinstance(r, (memoryview, type(iter([])), type(iter(())), type(iter("")), reversed, enumerate, zip, type(iter(range(1))), type(iter({})), type(iter(set())), type(iter(b"")), type(iter(bytearray())), type(reversed([])))) or type(r).__name__.endswith("iterator"):
                r = type(r).__name__
            out = show(r)
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(name, show(v), "->", out[:120])
