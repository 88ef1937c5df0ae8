import math, random
random.seed(11)
out = []
for i in range(3000):
    bits = random.choice([10, 63, 64, 65, 100, 128, 200, 500, 2000, 5000])
    g = random.getrandbits(random.randint(1, bits))
    a = random.getrandbits(bits) * g * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, bits)) * g * random.choice([1, -1])
    if i % 7 == 0: b = 0
    if i % 11 == 0: a = b * random.randint(1, 5)
    if i % 13 == 0: a, b = 2 ** bits, 2 ** (bits // 2) * 3
    out.append(math.gcd(a, b) % 1000000007)
    out.append(math.lcm(a, b) % 1000000007)
    out.append(math.gcd(a, b, g, 6) % 1000000007)
print(sum(out), out[:20], out[-20:])
print(math.gcd(2**64, 2**63), math.gcd(-(2**100), 2**70 * 3), math.gcd(0, -(2**80)), math.gcd(2**64 - 1, 2**32 + 1), math.gcd(10**30, 10**20 + 5))
