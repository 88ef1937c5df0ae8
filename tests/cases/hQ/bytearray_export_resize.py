def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"abcdef")
m = memoryview(b)
t(lambda: b.__delitem__(slice(0, 0)))
t(lambda: b.__delitem__(slice(5, 2)))
t(lambda: b.__delitem__(slice(0, 4, 2)))
t(lambda: b.__setitem__(slice(0, 0), b""))
t(lambda: b.__setitem__(slice(0, 1), b"Z"))
t(lambda: b.__setitem__(slice(0, 1), b""))
t(lambda: b.__setitem__(slice(0, 4, 2), b"XY"))
t(lambda: b.__setitem__(slice(0, 0, 2), b""))
t(lambda: b.__delitem__(0))
t(lambda: b.extend(b""))
t(lambda: b.extend([]))
t(lambda: b.__iadd__(b""))
t(lambda: b.__imul__(1))
t(lambda: b.__imul__(0))
t(lambda: b.pop(100))
t(lambda: b.remove(120))
t(lambda: b.insert(0, 300))
t(lambda: b.append("a"))
t(lambda: b.clear())
t(lambda: b.reverse())
t(lambda: b)
t(lambda: b.__setitem__(slice(0, 1), "x"))
m2 = m[1:3]
m.release()
t(lambda: b.append(33))
del m2
t(lambda: b.append(33))
t(lambda: b)
b = bytearray()
b += b
print(b)
b = bytearray(b"ab")
try:
    b += b
except BufferError as e:
    print("BufferError", e)
print(b)
