import array
seqs = ["abcdef", b"abcdef", bytearray(b"abcdef"), [0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), range(6), array.array("b", range(6)), memoryview(b"abcdef")]
keys = [0, -1, 5, 6, -7, 2**65, -2**65, True, 1.0, "1", None, slice(None), slice(1, 4), slice(-2, None), slice(None, None, -1), slice(5, 0, -2), slice(2**65, -2**65, -1), slice(None, None, 2**65), slice(None, None, 0), slice(0, 1, 1.5), slice("a", "b"), slice(True, None), (1, 2), ..., [1]]
def show(v):
    if isinstance(v, memoryview): return "mv" + repr(v.tolist())
    return repr(v)
for s in seqs:
    for k in keys:
        try:
            out = show(s[k])
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(type(s).__name__, repr(k), "->", out)
for s in [[0, 1, 2, 3], bytearray(b"0123"), array.array("b", [0, 1, 2, 3])]:
    for k, v in [(0, 9), (-5, 9), (slice(1, 3), [7] if isinstance(s, list) else bytes([7]) if isinstance(s, bytearray) else array.array("b", [7])), (slice(None, None, 2), [8, 8] if isinstance(s, list) else b"\x08\x08" if isinstance(s, bytearray) else array.array("b", [8, 8])), ("x", 1), (1.5, 1), (0, "x"), (0, 300), (slice(0, 1), 5)]:
        c = s[:]
        try:
            c[k] = v
            out = show(c)
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(type(s).__name__, "set", repr(k), repr(v), "->", out)
        c = s[:]
        try:
            del c[k]
            out = show(c)
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(type(s).__name__, "del", repr(k), "->", out)
