b = bytearray(b"0123456789")
b[2:4] = b"ab"; print(b)
b[2:4] = b""; print(b)
b[0:0] = b"XYZ"; print(b)
b[-2:] = bytearray(b"!!!!"); print(b)
b[::2] = b"a" * len(b[::2]); print(b)
try:
    b[::2] = b"abc"
except ValueError as e:
    print("ValueError", e)
b[1:3] = [65, 66, 67]; print(b)
b[1:2] = range(3); print(b)
b[3:1] = b"q"; print(b)
del b[::3]; print(b)
del b[1:3]; print(b)
b[:] = memoryview(b"mv"); print(b)
b[5:] = b"end"; print(b, len(b))
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b[0:1] = "s"
except TypeError as e:
    print("TypeError", e)
try:
    b[0:1] = [256]
except ValueError as e:
    print("ValueError", e)
try:
    b[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    b[0] = b"a"
except TypeError as e:
    print("TypeError", e)
try:
    b[100] = 1
except IndexError as e:
    print("IndexError", e)
b[0] = 0x7a; b[-1] = 0x41; print(b)
c = bytearray(b"abcdef")
c[::-1] = b"ABCDEF"; print(c)
c[1:5] = c; print(c)
c[:] = c[::-1]; print(c)
c[2:4] = bytes(5); print(c)
c += b"tail"; print(c)
c *= 2; print(c, c.find(b"t"), c.rfind(b"l"), c.count(b"a"))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3, bytearray())
c.extend(b"xy"); c.append(33); c.insert(0, 64); print(c, c.pop(), c.pop(0), c)
c.remove(ord("t")); print(c); c.reverse(); print(c)
print(c.hex(), bytearray.fromhex("de ad be ef"), c.upper()[:5], bytes(c[:3]))
try:
    c.remove(200)
except ValueError as e:
    print("ValueError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
