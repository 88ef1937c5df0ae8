strs = ["0", "-0", "+5", " 42 ", "1_000", "_1", "1_", "1__0", "0x1f", "0X1F", "0o17", "0b101", "0b", "017", "00", "1e3", "1.5", "inf", "-nan", "١٢", "12\n", "\t7", "", " ", "0x_1f", "0_7", "z", "Z", "10", "-0b1", "+0o7", "9" * 25, "1 2", "0.", ".5e-2", "1e", "e5", "--1", "+-1", "infinity", "-Infinity", "nan(1)", "1_0.5", "1.5_0", "0x1p3", "1e1_0"]
for s in strs:
    res = []
    for base in [None, 0, 2, 8, 10, 16, 36]:
        try:
            res.append(int(s) if base is None else int(s, base))
        except ValueError as e:
            res.append("VE")
    try:
        f = float(s)
    except ValueError as e:
        f = str(e)
    try:
        c = complex(s)
    except ValueError as e:
        c = str(e)
    print(repr(s), res, f, c)
for s in ["12a", "", " ", "0x", "1_"]:
    for base in [10, 16, 0]:
        try:
            int(s, base)
        except ValueError as e:
            print(e)
for b in [-1, 1, 37, 2**65, 1.5, "10"]:
    try:
        int("1", b)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(int("  -0x_ff  ", 16), int("1" * 100, 2) % 1000, int("Zz", 36), int(b" 12 "), int(bytearray(b"0x10"), 0))
