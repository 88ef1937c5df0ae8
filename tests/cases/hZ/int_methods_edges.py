print((255).bit_length(), (-255).bit_length(), (10).bit_count(), (10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(3, "little"), True + True, True * 3, -True, ~True, True / 2, False // 1)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 7 / 2, -7 / 2, 2 ** -1, (-2) ** -2, 10 ** 0, 0 ** 0)
print(1 << 0, 1 << 64, -1 >> 100, 5 >> 1, -5 >> 1, 5 & -2, 5 | -8, 5 ^ -1, ~0, ~-1)
for bad in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 10**20):
    try:
        bad()
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int("-0"), int(" +12 "), int("0b11", 2), int("0o7", 8), int("0X1f", 16), int("z", 36), int("Z", 36))
print(abs(-5), abs(True), -(-5), +True, hash(-1), hash(-2), hash(0), hash(1), hash(2**64))
print(isinstance(True, int), type(True + 1).__name__, True == 1, True is 1 == 1 if False else "", bool(-1), int.__name__)
print(max(1, 2.5), min(-1, -1.0), max([1, 2], [1, 3]), max("a", "b", key=str.upper), max([], default="empty"), min([(3, 1), (2, 5)], key=lambda t: t[1]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
print(sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(10**6)), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1e1_0, 10 ** 18 * 10, -2 ** 63, 9 ** 0.5, 8 ** (1 / 3))
