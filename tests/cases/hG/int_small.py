vals = [2**30, 2**31, 2**62, 2**63, 2**64]
vals = vals + [-v for v in vals] + [v - 1 for v in vals] + [-v + 1 for v in vals] + [-v - 1 for v in vals]
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("<", lambda a, b: a < b),
    ("==", lambda a, b: a == b), ("/", lambda a, b: a / b),
]
for a in vals[::3]:
    for b in vals[1::4]:
        print(a, b, [f(a, b) for _, f in ops])
for a in vals:
    print(a, -a, ~a, abs(a), a >> 1, a >> 63, a >> 64, a << 1, a << 33, hash(a), a.bit_length(), bool(a), float(a), int(str(a)), hex(a), oct(a), bin(a)[:12])
    print(divmod(a, 7), divmod(a, -7), a ** 2, pow(a, 3, 1000003), pow(a, -1, 97) if a % 97 else None, round(a, -3), a.to_bytes(16, 'big', signed=True).hex())
    print(int.from_bytes(a.to_bytes(9, 'little', signed=True), 'little', signed=True) == a)
print(sum(vals), max(vals), min(vals), sorted(vals)[:5])
