import random
random.seed(7)
def rnum():
    k = random.random()
    if k < 0.3:
        return random.randint(-2**64, 2**64) * random.choice([1, 2**random.randint(0, 1100)])
    if k < 0.5:
        return float(random.randint(-2**60, 2**60)) * 2.0 ** random.randint(0, 1000)
    if k < 0.6:
        return random.choice([float('inf'), float('-inf'), float('nan'), 0.0, -0.0, 2.0**63, -2.0**63, 2.0**53, 2.0**53 + 2, 9007199254740993, 2**53 + 1, 1.7976931348623157e308])
    if k < 0.8:
        return random.uniform(-1e20, 1e20)
    return random.randint(-2**54, 2**54)
for i in range(1500):
    a = rnum(); b = rnum()
    try:
        print(i, a == b, a != b, a < b, a <= b, a > b, a >= b)
    except Exception as e:
        print(i, type(e).__name__, e)
for i in range(400):
    a = rnum(); b = rnum()
    for op in ('+', '-', '*', '/', '//', '%'):
        try:
            r = eval('a %s b' % op)
            print(i, op, repr(r))
        except Exception as e:
            print(i, op, type(e).__name__, e)
for i in range(200):
    n = random.randint(-2**1100, 2**1100)
    try:
        print(float(n))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(2.0**64) == hash(2**64), hash(-0.5), hash(1.5), hash(float('inf')), hash(2**61 - 1), hash(2**61), hash(-2**61))
