import random, struct
r = random.Random(12345)
specs = ["", ".1g", ".3g", ".17g", ".0e", ".5e", ".2f", ".0f", "%", ".12g", "#.3g", ",.2f", "g", "e", "n", ".25f", ".20e"]
out = []
for i in range(4000):
    kind = i % 4
    if kind == 0:
        x = struct.unpack("<d", r.getrandbits(64).to_bytes(8, "little"))[0]
    elif kind == 1:
        x = r.uniform(-1e6, 1e6)
    elif kind == 2:
        x = r.randint(-10**6, 10**6) / 10 ** r.randint(0, 8)
    else:
        x = r.random() * 10 ** r.randint(-320, 308)
    row = [repr(x), str(x)]
    for s in specs:
        try:
            row.append(format(x, s))
        except Exception as e:
            row.append(type(e).__name__)
    row.append("%r %s %.3f %e %g %10.4g" % (x, x, x, x, x, x))
    row.append(str(round(x, 3)) if x == x and abs(x) != float("inf") else "")
    row.append(repr(float(repr(x))) if x == x else "")
    out.append(" ".join(row))
import hashlib
for i in range(0, 4000, 500):
    print(i, hashlib.md5("\n".join(out[i:i+500]).encode()).hexdigest())
