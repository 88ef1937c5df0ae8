import random, hashlib
r = random.Random(555)
fills = ["", "*", "0", " ", "é", "{", "}"]
out = []
for i in range(6000):
    spec = r.choice(fills) + r.choice(["", "<", ">", "^", "="]) if r.random() < 0.6 else ""
    spec += r.choice(["", "+", "-", " "]) + r.choice(["", "#"]) + r.choice(["", "0"]) + r.choice(["", "1", "7", "12"]) + r.choice(["", ",", "_"]) + r.choice(["", ".0", ".2", ".5"]) + r.choice(["", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%"])
    v = r.choice([0, 7, -7, 255, -2**40, 10**20, True, 3.5, -0.0, 1e-7, 12345.678, float("inf"), float("nan"), 2 + 3j, "str", "", 65])
    try:
        res = format(v, spec)
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    out.append("%r %r %r" % (v, spec, res))
for i in range(0, 6000, 1000):
    print(i, hashlib.md5("\n".join(out[i:i+1000]).encode()).hexdigest())
