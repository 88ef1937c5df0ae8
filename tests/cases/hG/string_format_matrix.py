vals = [0, 7, -7, 2**70, 1.5, -0.0, 1e20, 1e-7, float("inf"), float("nan"), 2 - 3j, True, "ab", None]
specs = ["", "5", "<6", ">6", "^7", "*^7", "0=8", "+", "-", " ", "#", "08", ",", "_", ".0", ".3", "10.2", "b", "o", "x", "X", "#x", "c", "d", "n", "e", ".2E", "f", "F", "g", "G", "%", ".1%", "s", "#o", ",.2f", "_b", "=+10", "z", "z.1f", "#.0f", "#g", ".3s", "08,", "+#x", "0", "00", "-^10", ",x", "_d"]
for v in vals:
    for s in specs:
        try:
            out = repr(format(v, s))
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(repr(v), repr(s), "->", out)
for v in vals[:12]:
    for s in ["%d", "%5.2f", "%-8e", "%#x", "%o", "%+g", "%c", "%s", "%r", "%a", "%05d", "% i", "%.3s", "%X"]:
        try:
            out = repr(s % v)
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(repr(v), s, "->", out)
