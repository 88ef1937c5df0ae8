import heapq
from collections import Counter
from itertools import count


class Leaf:
    def __init__(self, sym, freq):
        self.sym, self.freq = sym, freq

    def codes(self, prefix, out):
        out[self.sym] = prefix or "0"


class Internal:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.freq = left.freq + right.freq

    def codes(self, prefix, out):
        self.left.codes(prefix + "0", out)
        self.right.codes(prefix + "1", out)


def build(text):
    if not text:
        raise ValueError("cannot build a code for empty input")
    tie = count()
    heap = [(f, next(tie), Leaf(s, f)) for s, f in sorted(Counter(text).items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tie), Internal(a, b)))
    root = heap[0][2]
    table = {}
    root.codes("", table)
    return root, table


def encode(text, table):
    bits = "".join(table[c] for c in text)
    pad = (8 - len(bits) % 8) % 8
    bits += "0" * pad
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    return data, pad


def decode(data, pad, root, n):
    bits = "".join(f"{b:08b}" for b in data)
    if pad:
        bits = bits[:-pad]
    out = []
    node = root
    if isinstance(root, Leaf):
        return root.sym * n
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.sym)
            node = root
    return "".join(out)


samples = ["abracadabra", "aaaaaaa", "the quick brown fox jumps over the lazy dog",
           "Mississippi river 🌊🌊 ünïcödé", "x"]
for s in samples:
    root, table = build(s)
    data, pad = encode(s, table)
    back = decode(data, pad, root, len(s))
    ratio = len(data) / len(s.encode())
    print(f"{s[:20]!r:24} bytes={len(data):3d} pad={pad} ratio={ratio:.3f} ok={back == s}")
    for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:4]:
        print(f"    {sym!r}: {code}")
    print("   ", data.hex(" ", 4)[:40])
try:
    build("")
except ValueError as e:
    print("ValueError:", e)
try:
    encode("abz", build("ab")[1])
except KeyError as e:
    print("KeyError:", e)
bits = "".join(build("hello world")[1][c] for c in "hello world")
print(bits, len(bits), int(bits, 2), hex(int(bits, 2)), bin(int(bits, 2)).count("1"))
print(bytes([72, 105]), bytearray(b"abc").hex(), memoryview(b"xyz")[1:].tobytes(), list(b"\x00\xff"))
ba = bytearray(4)
ba[0] = 255
ba[1:3] = b"\x10\x20"
ba.extend(range(3))
ba += b"!"
print(ba, ba.pop(), ba.find(0x20), ba.count(0), bytes(ba).rstrip(b"\x00\x01"), ba.decode("latin-1"))
for bad in [lambda: ba.__setitem__(0, 256), lambda: bytes([1, -1]), lambda: b"a" + "b", lambda: bytes("é", "ascii")]:
    try:
        bad()
    except (ValueError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
