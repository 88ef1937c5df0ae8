vals = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-5, 1e-4, 123456.789, 1234567.0, 1e100, 1.5e-300, 2.5, 3.5, float("inf"), float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%.3g" % v, format(v, "g"), format(v, ".10g"), format(v, "#g"), format(v, "e"), format(v, ".2f"), format(v, "%"))
for spec in ("", "10.3", "<10g", "^12.2e", "+.1f", " .0f", "010.2f", ",.2f", "_.3f", ".0e", "#.0f", "E", "G", ".1%", "=+12.3f"):
    print(repr(format(1234.5678, spec)), repr(format(-0.000123, spec)))
print(format(1e300 * 10, "f"), "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5, round(2.675, 2))
print(float("1_000.5"), float(" -1e3 "), float("infinity"), float("-NaN"))
for s in ("abc", "1e", "", "1__0", "0x10"):
    try:
        float(s)
    except ValueError as e:
        print(e)
