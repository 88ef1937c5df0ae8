for spec in ("<8", ">8", "^8", "*^9", "-<5", "=>3", "^1", "", "8", ".2", "^8.3", "x<0"):
    print(repr(format("hey", spec)))
for spec in ("<8", ">8", "^8", "=8", "08", "+08", "-^9", " 5", "#x", "#010b", "_x", ",", "_", "+,d", "c", "o", "X", "#o", "n"):
    print(spec, repr(format(42, spec)), repr(format(-1234567, spec)) if spec != "c" else "")
print("{:>{w}.{p}f}|{:<{w}}|".format(3.14159, "ab", w=10, p=3))
print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{x[0]}{y.real}".format(x=[5], y=3))
print("{!r:>8}|{!s:<6}|{!a}".format("é", 12, "é"))
print("{{}} {{{}}}".format(7), f"{3+4=}", f"{'x'!r:^7}", f"{1e6:,.1f}", f"{255:#_x}")
for bad in ("{", "}", "{0}{}", "{:d}", "{a}", "{0[}", "{:,s}", "{!x}"):
    try:
        print(bad.format("s", 1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", "+")
except ValueError as e:
    print(e)
