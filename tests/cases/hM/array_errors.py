from array import array
a = array("i", [1, 2, 3])
for f in [lambda: array("i", [1.5]), lambda: array("b", [300]), lambda: array("B", [-1]), lambda: array("h", [2**15]), lambda: array("u", [1]), lambda: a.index(99), lambda: a.remove(99),
          lambda: a[10], lambda: a + [1], lambda: array("i").pop(), lambda: a.frombytes(b"\x00"), lambda: a.extend(array("d", [1.0])), lambda: a.extend([1, "x"]),
          lambda: array("d", ["x"]), lambda: array("I", [-1]), lambda: array("L", [2**64]), lambda: array("q", [2**63]), lambda: array("f", [1e400]), lambda: a.__setitem__(0, 2**40),
          lambda: a.__setitem__(slice(0, 2), [1, 2]), lambda: a * 1.5, lambda: a.fromunicode("x"), lambda: array("u", "abc").tounicode() + array("u", "d").tounicode(),
          lambda: array("i", b"abcd"), lambda: array("i", "ab"), lambda: a.insert("x", 1), lambda: a.count(), lambda: array("i", [1]) < array("d", [1.5]),
          lambda: hash(a), lambda: a.tofile(5), lambda: array("b", range(3)).byteswap(), lambda: array("i", [5]) == [5], lambda: sorted(array("i", [3, 1]))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
