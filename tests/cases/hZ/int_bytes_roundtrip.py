for n in (0, 1, 255, 256, -1, -128, -129, 2**64, -(2**63), 12345678901234567890):
    for order in ("big", "little"):
        try:
            b = n.to_bytes(16, order, signed=True)
            print(n, order, b.hex(), int.from_bytes(b, order, signed=True))
        except OverflowError as e:
            print("OverflowError", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "little"), int.from_bytes(b"", "big"))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"))
for args in ((256, 1, "big"), (-1, 1, "big"), (1, 1, "middle"), (1, -1, "big")):
    try:
        print(args[0].to_bytes(args[1], args[2]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print(type(e).__name__, e)
print((5).to_bytes(), int.from_bytes(b"\x05"))
class MyInt(int): pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x01\x00", "little"))
print((-5).bit_count(), (2**100 - 1).bit_count(), (0).bit_length(), (-256).bit_length())
