rows = [("Apple", 1.5, 10), ("Banana", 0.25, 150), ("Cherry", 12.0, 3), ("Dragonfruit", 3.333, 0)]
header = f"{'Item':<12}|{'Price':>8}|{'Qty':^5}|{'Total':>10}"
print(header); print("-" * len(header))
for name, price, qty in rows:
    print(f"{name:<12}|{price:>8.2f}|{qty:^5d}|{price * qty:>10,.2f}")
print("=" * len(header))
total = sum(p * q for _, p, q in rows)
print(f"{'TOTAL':<12}|{'':>8}|{'':^5}|{total:>10,.2f}")
print("{:>6.1%} {:+.3e} {:08.3f} {:x} {:#o} {:b}".format(0.1234, 12345.678, -3.14159, 255, 8, 5))
print("%-10s|%5d|%7.3f|%c" % ("left", 42, 2.71828, 65))
for n in (0, 1, -1, 1234567, -0.5, 1e10, 1.5e-7):
    print(f"[{n!r:>12}] [{n:^12}] [{n:<12}] [{n:=+12}]" if isinstance(n, int) else f"[{n!r:>12}] [{n:^12}] [{n:<12g}] [{n:=+12.3f}]")
print(f"{'centered':*^20}", f"{'right':->10}", f"{'left':_<10}", f"{3:03}", f"{-3:03}", f"{3.5:06.2f}")
w, p = 10, 3
print(f"{3.14159265:{w}.{p}f}|", "{:{}{}}".format("x", "^", 5), "{0:{1}}".format(7, "04"))
