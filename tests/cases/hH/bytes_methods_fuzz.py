import random, hashlib
r = random.Random(31337)
out = []
def rb():
    return bytes(r.choice(b"ab \t\n\x00\xff,x") for _ in range(r.randint(0, 10)))
for i in range(2500):
    b = rb(); t = rb()[:3]; n = r.randint(-3, 14); m = r.choice([None, -1, 0, 1, 3])
    ba = bytearray(b)
    row = []
    calls = [lambda: b.split(t or None, m if m is not None else -1), lambda: b.rsplit(t or None, m if m is not None else -1), lambda: b.splitlines(n % 2 == 0), lambda: b.partition(t or b"a"), lambda: b.rpartition(t or b"a"), lambda: b.find(t, n, m), lambda: b.rfind(t, m, n), lambda: b.count(t), lambda: b.replace(t, b"XY", m if m is not None else -1), lambda: b.strip(t or None), lambda: b.lstrip(t), lambda: b.center(n, b"*"), lambda: b.zfill(n), lambda: b.expandtabs(n), lambda: b.title(), lambda: b.capitalize(), lambda: b.swapcase(), lambda: b.startswith(t, n), lambda: b.endswith(t, m, n), lambda: b[n:m:r.choice([None, -1, 2, -2])], lambda: b.hex(), lambda: b.hex(":", n % 5 - 2 or 1), lambda: bytes.fromhex(b.hex(" ")), lambda: b.decode("latin-1"), lambda: b.decode("utf-8", "replace"), lambda: b.decode("ascii", "backslashreplace"), lambda: repr(b), lambda: b % () if b"%" not in b else b, lambda: ba.pop(n) if ba else None, lambda: ba.insert(n, 65), lambda: ba.remove(t[0]) if t else None, lambda: ba.extend(t), lambda: bytes(ba), lambda: b.isalnum(), lambda: b.istitle(), lambda: b.join([t, t]), lambda: b < t, lambda: b * (n % 3), lambda: list(memoryview(b)[::2])]
    for c in calls:
        try:
            row.append(c())
        except Exception as e:
            row.append(type(e).__name__ + str(e))
    out.append(repr(row))
for i in range(0, 2500, 500):
    print(i, hashlib.md5("\n".join(out[i:i+500]).encode()).hexdigest())
