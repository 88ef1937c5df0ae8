# Small-int fast paths of the binary operators, against the general (big-int) path.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 63, 64, -64, 2**31, -2**31, 2**53, 2**53 + 1,
        -2**53 - 1, 2**62, -2**62, 2**63 - 1, -2**63]
shifts = [0, 1, 2, 31, 62, 63, 64, 65, 100]
for x in vals:
    row = []
    for y in vals:
        for op in ("%", "//", "/"):
            try:
                row.append(eval(f"x {op} y"))
            except ZeroDivisionError as e:
                row.append(str(e))
        x2, y2 = x, y
        x2 %= y2 if y2 else 1
        row.append(x2)
    print(x, row)
for x in vals:
    print(x, [x >> s for s in shifts], [x << s for s in shifts[:6]])
    for s in (-1, -64):
        try:
            x << s
        except ValueError as e:
            print("ValueError", e)
for b in (0, 1, -1, 2, -2, 3, 10, -10, 2**31, 2**32):
    print(b, [b ** e for e in (0, 1, 2, 3, 10, 31, 32, 62, 63, 64, 65)], b ** -1 if b else "x")
print(7 // -1, (-2**63) // -1, (-2**63) % -1, divmod(-7, 2), -7 % 2, 7 % -2, 0 % -5)
print(1 / 3, -1 / 3, 2**53 / 3, (2**53 + 1) / 3, 10**20 / 7, 1.5 / 0.5, -0.0 / 1.0, 1e308 / 1e-10)
for a, b in ((1.0, 0.0), (1, 0), (0, 0), (-0.0, 0.0)):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
acc = 0
for i in range(1000):
    acc += i * i % 7 - i // 3 + (i << 2) - (i >> 1)
    acc ^= i
print(acc)
