import io
import marshal

x = [1, 2]
shared = ["s"]
values = [1, -1, 0, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**100, -2**40, 12345678901234567890,
          "abc", "a b", "", "caf\u00e9", "x" * 300, "\u20ac" * 3, "name_1",
          1.5, -0.0, 1e300, float("inf"), 0.1, 1j, complex(1.5, -2),
          b"", b"bytes\x00\xff", bytearray(b"ba"),
          None, True, False, ..., StopIteration,
          (), (1, 2), [], x, [1, [2, [3]]], {"a": 1, "b": [1, 2]}, {},
          {1, 2, 3}, frozenset({"b", "a"}), (x, x), [shared, shared, shared]]
for v in values:
    for ver in (0, 1, 2, 3, 4):
        data = marshal.dumps(v, ver)
        back = marshal.loads(data)
        same = back == v or (v != v)
        shown = repr(sorted(v)) if isinstance(v, (set, frozenset)) else repr(v)
        print(ver, shown[:30], data[:48], same)

print(marshal.dumps([1, 2]), marshal.dumps((1, [2])), marshal.dumps({"k": [str(55)]}))
print(marshal.dumps({str(57), str(38), "".join(["a", "b"])}), marshal.dumps({300, 2, -1}))
print(marshal.dumps([str(77)]), marshal.dumps(["x" * 3]))
print(marshal.version)

t = marshal.loads(marshal.dumps((x, x)))
print(t, t[0] is t[1])
r = marshal.loads(b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00")
print(r, r[0] is r)
print(marshal.loads(marshal.dumps(1.5) + b"trailing"))

f = io.BytesIO()
marshal.dump({"one": 1}, f)
marshal.dump([2, "two"], f, 2)
marshal.dump("three", f)
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f))
try:
    marshal.load(f)
except EOFError as e:
    print("EOFError", e)

for bad in [b"", b"i\x01", b"?", b"r\x05\x00\x00\x00", b"l\x01\x00\x00\x00\xff\xff", b"s\x05\x00\x00\x00ab"]:
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
for v in [object(), "x".encode, [object()], {1: print}]:
    try:
        marshal.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.loads("text")
except TypeError as e:
    print("TypeError", e)
