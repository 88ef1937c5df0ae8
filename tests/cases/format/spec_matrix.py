# format() over a matrix of values and format specs, compared with CPython.
def fmt(v, spec):
    try:
        return repr(format(v, spec))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


ints = [0, 1, -1, 7, 42, -42, 255, 1000, -1234567, 10**15, -(10**20), 2**64 + 1, True, False]
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, -123456.789, 1e-7, 1.5e-5, 1e16, 1e22, 123456789.0,
          1e300, 5e-324, 0.5, 0.125, 9.9999, 99.5, float("inf"), float("-inf"), float("nan"), 1234.5678]
complexes = [0j, 1 + 2j, -1.5 - 0.5j, 1e20j, complex(-0.0, 0.0), complex(float("inf"), float("nan")), 2.5 + 0j]
strs = ["", "a", "hello", "héllo", "日本語"]

int_specs = ["", "d", "5", "<5", ">5", "^5", "=5", "*^7", "05", "+", " ", "-", "+05", " 5", ",", "_", "010,", "08,d", "_x", "#x", "#X",
             "#b", "#o", "08b", "#010x", "x", "X", "o", "b", "c", "n", "e", "f", ".2f", "%", "g", "G", "E", "10.3e", ",.2f", "z",
             "#", "#5", "+#x", "=+8", "0=8", "x<8", "é^9", "_b", "_o", "_X", "018_b", ",x", "s", "r", ".1", "-#o", "07_", "09,"]
float_specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3e", "E", "g", ".0g", ".1g", ".3g", ".10g", "G", "#g", "#.3g",
               "#.0f", "#.0e", "#", "%", ".1%", "n", ".3n", "10", "<10", "^10", "=10", "010", "+", " ", "+.2f", "z", "z.1f",
               "z.0f", "+z.2f", ",", "_", ",.2f", "015,.2f", "012_.1f", ".3", ".15", ".17", "r", "d", "x", "020.3e", "*>12.2%",
               "-", "#.5", "#.1", "+010.2f", "z.2e", "z.3g", "z%", ".0%", "#.0%"]
complex_specs = ["", "f", ".2f", "e", ".3g", "g", "20", "<20", "^20", "+", " ", "020", "=20", "*^30.1f", ".1", "n", "%", "d",
                 "z.1f", "#g", ",", "_f", "G", "E", "F", ",.2f"]
str_specs = ["", "s", "5", "<5", ">5", "^6", "*^7", ".2", "5.1", "05", "=5", "+", " ", "#", ",", "_", "d", "z", "x<3", "0>5", "é^5"]

for v in ints:
    print(repr(v), [fmt(v, s) for s in int_specs])
for v in floats:
    print(repr(v), [fmt(v, s) for s in float_specs])
for v in complexes:
    print(repr(v), [fmt(v, s) for s in complex_specs])
for v in strs:
    print(repr(v), [fmt(v, s) for s in str_specs])

for spec in ["10000000000000000000", ".10000000000000000000", ",_", "_,", ",,", "__", ".", ".x", "ab", "5ab", "<<", "\x00",
             "10\u0663", "\u0665", "+-", "z#0", "0z", "#z"]:
    print(repr(spec), fmt(1, spec), fmt(1.5, spec), fmt("a", spec), fmt(1j, spec))
print(fmt(None, ""), fmt(None, "x"), fmt([], ""), fmt([], "x"), fmt(object(), "")[:8], fmt(object(), "x"))
print(fmt(65, "c"), fmt(0x1f600, "c"), fmt(-1, "c"), fmt(0x110000, "c"), fmt(65, "+c"), fmt(65, "#c"), fmt(65, "5c"), fmt(65, "05c"))
print(fmt(10**50, ","), fmt(10**50, "x"), fmt(-(10**30), "_"), fmt(10**30, "e"), fmt(10**400, "e"), fmt(2**100, "030_b"))
print(f"{3.14159:.2f} {42:>{5}} {'x':{'^'}{7}} {1234567:,} {255:#x} {0.25:%} {-0.0:z} {12:{'0'}{5}}")
