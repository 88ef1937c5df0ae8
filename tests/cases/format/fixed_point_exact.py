import random, struct
random.seed(5)
vals = [0.0, -0.0, 0.5, -0.5, 1.25, -2.5, 12345.5, 0.125, 1e15, 1e16, 9007199254740991.0, 0.1, 0.3, 2.675, 1.005, -1e-20, 5e-324, 1e300, 123.456, 0.001, -0.001]
vals += [random.randint(-10**6, 10**6) / 2**random.randint(0, 12) for _ in range(3000)]
vals += [random.randint(-10**9, 10**9) / 100 for _ in range(2000)]
vals += [struct.unpack('d', struct.pack('Q', random.getrandbits(64)))[0] for _ in range(500)]
out = []
for v in vals:
    if v != v or v in (float('inf'), float('-inf')):
        continue
    for p in (0, 1, 2, 3, 5, 8, 12, 15, 16):
        out.append("%.*f" % (p, v) if abs(v) < 1e50 else "big")
        out.append(format(v, ".%df" % p) if abs(v) < 1e50 else "big")
    out.append(f"{v:,.2f}|{v:#.0f}|{v:z.1f}")
print(len(out))
import hashlib
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
print(out[:40])
print(hex(255), hex(-255), oct(8), bin(-5), hex(2**70), bin(0), oct(-0), hex(True))
