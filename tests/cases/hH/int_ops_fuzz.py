import random, hashlib
r = random.Random(777)
out = []
def rnd():
    k = r.choice([1, 8, 31, 32, 33, 63, 64, 65, 100, 200])
    v = r.getrandbits(k)
    return -v if r.random() < 0.5 else v
for i in range(3000):
    a, b = rnd(), rnd()
    row = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -a, abs(a), a << (abs(b) % 70), a >> (abs(b) % 70), a == b, a < b, hash(a), a.bit_length(), bin(a), oct(a), hex(a), format(a, ","), format(a, "_x"), format(a, "+020d"), str(a)[:30], int(str(a)) == a, int(hex(a), 16) == a]
    if b:
        row += [a // b, a % b, divmod(a, b), a / b, round(a / b, 5)]
        m = abs(b)
        if m > 1:
            row.append(pow(a, abs(b) % 1000, m))
            try:
                row.append(pow(a, -1, m))
            except ValueError as e:
                row.append(str(e))
    row += [round(a, -(abs(b) % 25)), a.to_bytes((a.bit_length() + 8) // 8, "little", signed=True).hex(), float(a) if abs(a) < 2**1000 else 0, (a ** 3) % 1000007, a.bit_count()]
    out.append(repr(row))
for i in range(0, 3000, 500):
    print(i, hashlib.md5("\n".join(out[i:i+500]).encode()).hexdigest())
