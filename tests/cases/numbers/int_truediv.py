# int / int is correctly rounded (including huge and subnormal results)
state = 987654321
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 59) // 60):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out = (out << 60) | (state >> 4)
    return out >> (((bits + 59) // 60) * 60 - bits)

res = []
for i in range(1500):
    a = rnd(1 + rnd(10) % 1200)
    b = rnd(1 + rnd(10) % 1200) or 1
    if rnd(1):
        a = -a
    try:
        res.append(repr(a / b))
    except OverflowError as e:
        res.append("OverflowError " + str(e))
for i in range(0, len(res), 8):
    print(" ".join(res[i:i + 8]))
# ties and boundaries
for a, b in [(2**53 + 1, 1), (2**53 + 3, 1), (2**54 + 2, 2), (2**54 + 6, 2), (2**1074 + 1, 2**2148),
             (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 3 * 2**1073), (2**1024, 1), (2**1024 - 2**970, 1),
             (2**1024 - 2**971, 1), (2**2000, 2**976), (-(2**2000), 2**977), (10**400, 10**399 * 3),
             (1, 10**400), (-1, 10**330), (5, 10**324), (2**60 + 1, 2**60), (0, 2**100), (0, -3)]:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print("OverflowError", e)
