import random, hashlib
r = random.Random(556)
out = []
for i in range(6000):
    spec = "%" + r.choice(["", "-", "+", " ", "#", "0", "-0", "+#", "- "]) + r.choice(["", "1", "5", "12", "*"]) + r.choice(["", ".", ".0", ".3", ".*"]) + r.choice("diouxXeEfFgGcrsa%")
    v = r.choice([0, 7, -7, 255, -2**40, 10**20, True, 3.5, -0.0, 1e-7, 12345.678, float("inf"), float("nan"), "str", "", 65, "x", [1], None])
    args = []
    if "*" in spec.split(".")[0]: args.append(r.choice([-6, 0, 4]))
    if ".*" in spec: args.append(r.choice([-1, 0, 2]))
    args.append(v)
    try:
        res = spec % tuple(args)
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    try:
        bres = spec.encode() % tuple(a.encode() if isinstance(a, str) else a for a in args) if "r" not in spec else b""
    except Exception as e:
        bres = type(e).__name__ + ": " + str(e)
    out.append("%r %r %r %r" % (spec, args, res, bres))
for i in range(0, 6000, 1000):
    print(i, hashlib.md5("\n".join(out[i:i+1000]).encode()).hexdigest())
