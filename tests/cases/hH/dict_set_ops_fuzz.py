import random, hashlib
r = random.Random(2024)
out = []
for trial in range(300):
    d = {}; s = set(); fs_items = []
    for step in range(60):
        k = r.choice([r.randint(-20, 20), r.randint(-20, 20) * 1.0, (r.randint(0, 3),), r.randint(0, 2**70), True, r.randint(0, 5) + 0.5])
        op = r.randint(0, 11)
        try:
            if op == 0: d[k] = step
            elif op == 1: res = d.pop(k, "none"); out.append(repr(res))
            elif op == 2: out.append(repr(d.popitem()) if d else "empty")
            elif op == 3: d.setdefault(k, []).__class__
            elif op == 4: d.update({k: -step, (k,): step})
            elif op == 5: s.add(k)
            elif op == 6: s.discard(k)
            elif op == 7: out.append(repr(s.pop()) if s else "sempty")
            elif op == 8: s ^= {k, step}
            elif op == 9: d |= dict.fromkeys([k, step], 0)
            elif op == 10: del d[k]
            else: s -= set(list(d)[:3])
        except Exception as e:
            out.append(type(e).__name__ + repr(e.args))
    out.append(repr(d)); out.append(repr(sorted(s, key=repr))); out.append(repr(list(s)) if all(isinstance(x, int) for x in s) else "mixed")
    out.append(repr(list(reversed(d.items()))[:5])); out.append(repr(d.keys() & s)); 
h = hashlib.md5("\n".join(out).encode()).hexdigest()
print(h, len(out))
print("\n".join(out[:40]))
