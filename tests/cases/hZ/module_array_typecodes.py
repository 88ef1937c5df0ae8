from array import array
for tc, vals in (("b", [-1, 2]), ("B", [255]), ("h", [-300]), ("H", [65535]), ("i", [-5]), ("I", [7]), ("l", [-9]), ("L", [9]), ("q", [-2**63]), ("Q", [2**64 - 1]), ("f", [1.5]), ("d", [0.1]), ("u", "hé")):
    a = array(tc, vals)
    print(tc, a, a.itemsize, a.tolist(), len(a.tobytes()), a.typecode)
for tc, v in (("b", 128), ("B", -1), ("H", 70000), ("i", 1.5), ("x", 1)):
    try:
        array(tc, [v])
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = array("i", [3, 1, 2]); a.append(5); a.extend([6]); a.insert(0, 0); print(a, a.pop(), a.index(2), a.count(1), a[1:3], a[::-1])
a.remove(1); a.reverse(); print(a, a.buffer_info()[1], sum(a), 2 in a)
b = array("i"); b.frombytes(array("i", [1, 2]).tobytes()); print(b, b == array("i", [1, 2]), b + array("i", [3]), b * 2)
try:
    b + array("d", [1.0])
except TypeError as e:
    print(e)
c = array("d", [1.0, 2.0]); c[0] = 9; del c[1]; print(c, repr(array("d")), array("u", "ab").tounicode())
b.byteswap(); print(b.tobytes().hex())
print(array("b", b"\x01\x02"), array("i", range(3)).tolist(), bytes(array("B", [65, 66])))
