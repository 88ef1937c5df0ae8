def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def gray(n):
    return n ^ (n >> 1)


def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


class BitSet:
    def __init__(self, bits=0):
        self.bits = bits

    @classmethod
    def of(cls, *items):
        b = 0
        for i in items:
            if i < 0:
                raise ValueError(f"negative member {i}")
            b |= 1 << i
        return cls(b)

    def __contains__(self, i):
        return i >= 0 and bool(self.bits >> i & 1)

    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1

    def __len__(self):
        return bin(self.bits).count("1")

    def __or__(self, o):
        return BitSet(self.bits | o.bits)

    def __and__(self, o):
        return BitSet(self.bits & o.bits)

    def __xor__(self, o):
        return BitSet(self.bits ^ o.bits)

    def __sub__(self, o):
        return BitSet(self.bits & ~o.bits)

    def __le__(self, o):
        return self.bits & ~o.bits == 0

    def __eq__(self, o):
        return isinstance(o, BitSet) and self.bits == o.bits

    def __repr__(self):
        return "BitSet{" + ", ".join(map(str, self)) + "}"


for n in [0, 1, 7, 8, 255, 256, 2 ** 64 - 1, 12345678901234567890]:
    print(f"{n:>22} pop={popcount(n):2} bit_count={n.bit_count():2} len={n.bit_length():2} gray={gray(n):#x} back={from_gray(gray(n)) == n}")
print([f"{gray(i):03b}" for i in range(8)], [reverse_bits(x) for x in (1, 2, 0b10110000, 255)])
a = BitSet.of(1, 3, 5, 64, 100)
b = BitSet.of(3, 4, 5)
print(a, b, a | b, a & b, a ^ b, a - b, len(a), 64 in a, 65 in a, -1 in a, BitSet.of(3, 5) <= a, b <= a, a == BitSet.of(100, 64, 5, 3, 1))
try:
    BitSet.of(1, -2)
except ValueError as e:
    print("ValueError:", e)
print(-1 & 0xFF, -256 >> 4, ~0, ~-1, 1 << 0, (1 << 200) >> 199, -(1 << 70) >> 68, 0xF0 ^ 0xFF, 6 & -6, (-8) | 3, -(2 ** 100) & (2 ** 101 - 1) == 2 ** 100)
print(f"{-5 & 0xFFFFFFFF:032b}", f"{0xDEADBEEF:_X}", f"{1 << 40:,}", int.from_bytes((0xCAFE).to_bytes(2, "little"), "big") == 0xFECA, (255).to_bytes(4, "big").hex())
for bad in [lambda: 1 << -1, lambda: 1 >> -3, lambda: 1.0 << 2, lambda: 1 & 1.5, lambda: ~1.5, lambda: 2 ** 100000000 >> 0 if False else (1).to_bytes(0, "big")]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
masks = {name: 1 << i for i, name in enumerate(["read", "write", "exec", "admin"])}
perm = masks["read"] | masks["exec"]
print({k: bool(perm & v) for k, v in masks.items()}, perm, bin(perm), oct(perm), perm.bit_length())
subsets = [[x for j, x in enumerate("abc") if mask >> j & 1] for mask in range(1 << 3)]
print(subsets)
x = 0b1011_0000
print(x & -x, (x & -x).bit_length() - 1, x >> (x & -x).bit_length() - 1, bool(x & (x - 1)), (64 & 63) == 0)
