import random, hashlib
r = random.Random(99)
out = []
def idx():
    return r.choice([None, -12, -5, -3, -1, 0, 1, 2, 3, 5, 12, 2**70, -2**70])
for i in range(4000):
    base = list(range(r.randint(0, 8)))
    ba = bytearray(base)
    sl = slice(idx(), idx(), r.choice([None, 1, -1, 2, -2, 3, -3]))
    val = list(range(100, 100 + r.randint(0, 6)))
    row = [base[sl], bytes(ba[sl]), tuple(base)[sl], "".join(map(str, base))[sl], range(len(base))[sl]]
    for target in (base[:], bytearray(ba)):
        try:
            target[sl] = val if isinstance(target, list) else bytes(val)
            row.append(list(target))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
        try:
            del target[sl]
            row.append(list(target))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    l = base[:]
    j = idx()
    for op in (lambda: l.insert(j, "I"), lambda: l.pop(j), lambda: l.index(2, j), lambda: l.__getitem__(j), lambda: l.__setitem__(j, 9), lambda: l.__delitem__(j), lambda: sl.indices(len(base)), lambda: l.__imul__(j % 3 if j is not None and abs(j) < 100 else 2)):
        try:
            row.append(op())
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    row.append(l)
    out.append(repr(row))
for i in range(0, 4000, 500):
    print(i, hashlib.md5("\n".join(out[i:i+500]).encode()).hexdigest())
