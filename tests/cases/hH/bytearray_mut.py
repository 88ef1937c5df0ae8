a = bytearray(b"0123456789")
a[0] = 65; print(a)
a[-1] = 0x7a; print(a)
a[2:4] = b"XYZ"; print(a)
a[1:1] = [1, 2]; print(a)
a[::2] = bytes(len(a[::2])); print(a)
del a[::3]; print(a)
del a[-2:]; print(a)
a[len(a):] = b"end"; print(a)
a[:] = b""; print(a, len(a))
b = bytearray(b"abcdef")
for val in [256, -1, "a", 1.0]:
    try:
        b[0] = val
    except Exception as e:
        print(type(e).__name__, e)
try:
    b[::2] = b"xy"
except ValueError as e:
    print("ValueError", e)
try:
    b[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del b[10]
except IndexError as e:
    print("IndexError", e)
try:
    b[0:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b[0:2] = "xy"
except TypeError as e:
    print("TypeError", e)
b[0:2] = bytearray(b"QQQ"); print(b)
b[1:3] = memoryview(b"mv"); print(b)
b[0:1] = [1, 2, 3]; print(b)
b[::-1] = b[:]; print(b)
c = bytearray(b"hello")
c.append(33); c.extend(b" ok"); c.extend([1, 2]); c.extend(iter(b"xy")); c.insert(0, 62); c.insert(-1, 95); c.insert(100, 46); print(c)
print(c.pop(), c.pop(0), c.pop(-2), c)
c.remove(108); print(c)
for op in [lambda: c.remove(200), lambda: c.pop(100), lambda: bytearray().pop(), lambda: c.append(256), lambda: c.append("a"), lambda: c.extend("str"), lambda: c.extend([300]), lambda: c.insert(0, -1), lambda: c.remove(999)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
c.reverse(); print(c)
d = c.copy(); d.clear(); print(c != d, d)
e = bytearray(b"ab"); e += b"cd"; e *= 2; print(e)
e2 = e; e2 += b"!"; print(e is e2, e)
f = bytearray(b"xy") * 0; print(f, bytearray(b"-") * 3)
g = bytearray(b"abc")
it = iter(g)
print(next(it)); g.append(100); print(list(it))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < bytearray(b"abd"), bytearray(b"ab") + bytearray(b"cd"))
print(bytearray(b" a b ").split(), bytearray(b"a,b").split(b","), bytearray(b"x").join([b"1", b"2"]), type(bytearray(b"x").join([b"1"])).__name__)
h = bytearray(b"abc")
h.__setitem__(0, 120); h.__delitem__(1); print(h, h.__len__(), h.__getitem__(0))
print(bytearray.fromhex("ff 00"), bytearray(b"\x00").hex())
