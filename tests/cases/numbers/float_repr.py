# float repr: shortest round-trip over many pseudo-random values (exact constructions)
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state >> 11

out = []
for i in range(3000):
    m = (1 << 52) | (rnd() & ((1 << 52) - 1))
    e = rnd() % 2000 - 1000 - 52
    x = m * 2.0 ** e if e >= -1022 else (m * 2.0 ** (e + 500)) * 2.0 ** -500
    out.append(repr(x))
    out.append(repr(-x))
for i in range(0, len(out), 10):
    print(' '.join(out[i:i+10]))
for i in range(2000):
    d = rnd() % 10**17
    e = rnd() % 60 - 30
    x = float(f"{d}e{e}")
    out.append(repr(x))
for i in range(6000, len(out), 10):
    print(' '.join(out[i:i+10]))
print(len(set(out)))
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7, 1e22, 1e23, 5e-324, -5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 9007199254740993.0,
        100.0, 1e100, 12345.678, 1.0000000000000002, 0.30000000000000004, 4.35, 2.675, 1e-310,
        9999999999999998.0, 9999999999999999.0, 999999999999999.9, 0.000123, 1.23e-5]
for v in vals:
    print(repr(v), str(v), v)
print([1.5, -0.0, 2.0])
print((1.0,), {1.0: 2.5})
# exact ties between two shortest candidates go to the even digit
ties = []
for k in range(2**49, 2**49 + 700, 7):
    for f in (0.25, 0.75, 0.125, 0.375, 0.625, 0.875):
        ties.append(repr(k + f))
for k in range(2**52 - 700, 2**52, 7):
    ties.append(repr(k + 0.5))
for k in range(2**53, 2**53 + 1000, 6):
    ties.append(repr(float(k)))
    ties.append(repr(float(k * 1024)))
for i in range(0, len(ties), 10):
    print(" ".join(ties[i:i + 10]))
