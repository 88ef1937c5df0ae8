import random, hashlib
r = random.Random(777)
chars = "0123456789abcdefxXoObB_+-. eEjJ\t\ninfnaty\u0660\u06f1\u2003"
out = []
for i in range(8000):
    s = "".join(r.choice(chars) for _ in range(r.randint(0, 7)))
    row = [s]
    for f in (lambda: int(s), lambda: int(s, 0), lambda: int(s, 16), lambda: int(s, 2), lambda: int(s, 36), lambda: float(s), lambda: complex(s), lambda: int(s.encode("utf-8"), 0) if s.isascii() else None, lambda: float(s.encode()) if s.isascii() else None, lambda: float.fromhex(s)):
        try:
            row.append(repr(f()))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    out.append(repr(row))
for i in range(0, 8000, 1000):
    print(i, hashlib.md5("\n".join(out[i:i+1000]).encode()).hexdigest())
