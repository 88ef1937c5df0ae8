import array, struct
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a), a[1], a[-1:], a.tolist(), a.tobytes()[:4], repr(a[::2]), sum(a))
a = array.array("i")
print(a, repr(a), array.array("u", "hi"), array.array("b", b"ab") if False else "", array.array("d", (1.5,)), array.array("B", bytearray(b"xy")))
a.append(5); a.extend([6, 7]); a.extend(array.array("i", [8])); a.insert(0, 4); print(a, a.index(6), a.count(7), a.pop(), a.pop(0), a)
a.remove(6); a.reverse(); print(a, a.buffer_info()[1], a == array.array("i", [7, 5]), a + a, a * 2, 5 in a)
a[0] = 100; a[1:] = array.array("i", [1, 2, 3]); print(a); del a[1]; print(a)
for op in [lambda: array.array("b", [200]), lambda: array.array("B", [-1]), lambda: array.array("z"), lambda: a.append(1.5), lambda: a.append("x"), lambda: a + array.array("d"), lambda: a.remove(99), lambda: a.index(99), lambda: a[99], lambda: array.array("i", "abc"), lambda: a.__setitem__(slice(0, 1), [1]), lambda: array.array("h", [2**15])]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
b = array.array("h", [1, -1]); print(b.tobytes(), array.array("h", b.tobytes()) if False else "", b.byteswap(), b)
c = array.array("b"); c.frombytes(b"\x01\x02"); c.fromlist([3]); print(c, c.tolist(), list(c), c < array.array("b", [2]))
print(struct.pack("<hHiI", -1, 65535, -2, 7), struct.pack(">q", -2**63), struct.pack("!f", 1.5), struct.pack("<d", 0.1), struct.pack("3s", b"abcdef"), struct.pack("?", 5), struct.pack("c", b"x"), struct.pack("<2h", 1, 2), struct.pack("bxh", 1, 2), struct.pack("@bh", 1, 2), struct.pack("p", b"ab"), struct.pack("<e", 1.5))
print(struct.unpack("<hHiI", struct.pack("<hHiI", -1, 65535, -2, 7)), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("<hHiI"), struct.calcsize("bxh"), struct.calcsize("@bhq"), struct.calcsize("10s"), struct.unpack_from("<h", b"\x00\x01\x02", 1), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
for op in [lambda: struct.pack("<h", 2**15), lambda: struct.pack("B", -1), lambda: struct.pack("<h", 1.5), lambda: struct.pack("<h"), lambda: struct.pack("<h", 1, 2), lambda: struct.unpack("<h", b"\x00"), lambda: struct.pack("z", 1), lambda: struct.pack("c", b"ab"), lambda: struct.pack("s", "str"), lambda: struct.calcsize("q!"), lambda: struct.pack("<I", -1), lambda: struct.pack(">Q", 2**64), lambda: struct.pack("<f", 1e300)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
S = struct.Struct("<ih")
print(S.size, S.format, S.pack(1, 2), S.unpack(b"\x01\x00\x00\x00\x02\x00"))
buf = bytearray(8); struct.pack_into("<hh", buf, 2, 1, -1); print(buf)
