import random, hashlib
r = random.Random(4242)
alpha = "ab A\t\n\r\x0b\x1c,.éßİǅ١0_'-\u2028\u3000"
def rs(n=None):
    return "".join(r.choice(alpha) for _ in range(r.randint(0, 12) if n is None else n))
out = []
for i in range(3000):
    s = rs(); t = rs(r.randint(0, 3)); n = r.randint(-3, 15); m = r.choice([None, -1, 0, 1, 2, 5])
    row = []
    calls = [lambda: s.split(t or None, m if m is not None else -1), lambda: s.rsplit(t or None, m if m is not None else -1), lambda: s.split(), lambda: s.splitlines(n % 2 == 0), lambda: s.partition(t), lambda: s.rpartition(t), lambda: s.find(t, n, m), lambda: s.rfind(t, m, n), lambda: s.count(t, n), lambda: s.replace(t, "XY", m if m is not None else -1), lambda: s.strip(t or None), lambda: s.lstrip(t), lambda: s.rstrip(t), lambda: s.center(n, "*"), lambda: s.ljust(n), lambda: s.rjust(n, "ß"), lambda: s.zfill(n), lambda: s.expandtabs(n), lambda: s.title(), lambda: s.capitalize(), lambda: s.swapcase(), lambda: s.casefold(), lambda: s.upper(), lambda: s.lower(), lambda: s.startswith(t, n), lambda: s.endswith(t, m, n), lambda: s[n:m:r.choice([None, 1, -1, 2, -2, 3])], lambda: s.index(t), lambda: s.encode("utf-8", "strict"), lambda: s.encode("ascii", "replace"), lambda: s.encode("latin-1", "backslashreplace"), lambda: repr(s), lambda: ascii(s), lambda: s.isidentifier(), lambda: s.istitle(), lambda: s.isspace(), lambda: s.isprintable(), lambda: "{:^{}}".format(s, n), lambda: "%-*s|" % (n, s), lambda: s.removeprefix(t), lambda: s.translate({ord("a"): "AA", ord(" "): None}), lambda: t.join(s.split()), lambda: s < t, lambda: sorted(s), lambda: s * (n % 3)]
    for c in calls:
        try:
            row.append(c())
        except Exception as e:
            row.append(type(e).__name__ + str(e))
    out.append(repr(row))
for i in range(0, 3000, 500):
    print(i, hashlib.md5("\n".join(out[i:i+500]).encode("utf-8", "surrogatepass")).hexdigest())
