def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["", "d", "5", "<5", "^5", ">5", "=5", "+", "-", " ", "#x", "#o", "#b", "#X", "x", "c", "n", "e", "f", ".2f", "%",
             ",", "_", ",d", "_x", "_b", ",x", "08,", "0=8", "*^9", "010", "+010", "#010x", ".3", ".0", "s", "z", "z.1f", ",.2f",
             "_.3e", "G", "g", ".3g", "#g", "#.0f", "#.0e", "=", "^", "0", "00", "-010", "x<5", "\n^5", "é>4", ",_", "_,", ".2", ".2d",
             "#c", "+c", ",c", "5.5", "1000000000000000000000", ".1000000000000000000000f"]:
    t(255, spec)
for spec in ["", "f", ".0f", ".1f", "e", ".0e", "g", ".0g", "G", "%", ".1%", "n", "#", "#.0f", "z.1f", "+.2f", " .2f", ",", "_", "_.2f",
             ",.1e", "010.2f", "0=10", "=010", "^10.3", "d", "x", "c", "s", "r", ".500f", ".3a"]:
    t(-1234.5678, spec)
for v in [0.0, -0.0, 1e16, 1e-5, 1.5e300, float("inf"), float("-nan"), 0.1, 123456789.0, 1e22, 5e-324]:
    for spec in ["", "g", ".3", "e", "f", "%", "z.1f", ",", "010"]:
        t(v, spec)
for spec in ["", "s", "5", "<5", ">5", "^5", ".2", "=5", "+", "d", "x", "#", ",", "05", "5.1s", "z"]:
    t("abc", spec)
t(True, "f")
t(True, "x")
t(True, "s")
t(None, "s")
t(2**100, ",")
t(2**100, "_x")
t(-2**100, "#b")
t(2**100, "e")
t(2**100, ".3g")
t(10**30, "f")
t(-10**20, "n")
print(f"{'abc'!r:>10}|{3.14159:{'.3'}f}|{10:{'>'}{5}}")
print("{0:{1}}|{0!a:^9}|{x[1]}".format("é", 8, x=[1, 2]))
print("{:{}{}{}}".format(5, "0", "5", "d"))
import datetime
print(format(datetime.date(2024, 1, 2), "%Y/%m/%d"))
print(format(datetime.date(2024, 1, 2), ""))
class Fm:
    def __format__(self, spec): return "<" + spec + ">"
print(f"{Fm():abc}", format(Fm()), "{:x}".format(Fm()))
class NoFm:
    pass
t(NoFm(), "x")
class BadFm:
    def __format__(self, spec): return 5
t(BadFm(), "")
