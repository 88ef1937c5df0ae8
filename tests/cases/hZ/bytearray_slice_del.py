ba = bytearray(b"0123456789")
del ba[2:5]
print(ba)
del ba[::2]
print(ba)
ba[1:1] = b"XY"
print(ba)
ba[0:2] = [65, 66, 67]
print(ba, len(ba))
ba[::-1] = bytes(reversed(ba))
print(ba)
try:
    ba[::2] = b"a"
except ValueError as e:
    print(e)
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    ba[0] = b"a"
except TypeError as e:
    print(e)
ba.append(33); ba.extend(b"!!"); ba.insert(0, 35); print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(33); print(ba)
try:
    ba.remove(200)
except ValueError as e:
    print(e)
ba.reverse(); print(ba); ba.clear(); print(ba, bytearray(), bytearray(2), bytearray("é", "utf-8"))
b2 = bytearray(b"abc"); b2 += b"def"; b2 *= 2; print(b2, b2.copy() is b2, b2.hex())
try:
    bytearray().pop()
except IndexError as e:
    print(e)
del b2[-1]; del b2[0]; print(b2)
try:
    del b2[100]
except IndexError as e:
    print(e)
