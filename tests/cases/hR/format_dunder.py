class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
class Bad:
    def __format__(self, spec):
        return 1
print(format(F()), format(F(), "abc"), f"{F():x>10}", "{:>5}".format(F()), "{0!s:}".format(1))
try:
    format(Bad(), "")
except Exception as e:
    print(type(e).__name__, e)
try:
    f"{Bad()}"
except Exception as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), format(Plain(), ""))
try:
    format(Plain(), "10")
except Exception as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except Exception as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except Exception as e:
    print(type(e).__name__, e)
for v, spec in [(123, "d"), (123, "+08d"), (-123, "=+8"), (255, "#x"), (255, "#X"), (255, "#o"), (255, "#b"),
                (1234567, ","), (1234567, "_"), (1234567, "_x"), (3.14159, ".2f"), (3.14159, "e"), (1e20, "g"),
                (0.0001, "%"), (1.5, "=+10.3f"), (-0.0, "f"), (float('nan'), "+f"), (float('inf'), "08.2f"),
                ("abc", "^9"), ("abc", "*<6"), ("abcdef", ".3"), (True, "d"), (True, ""), (True, ">6"),
                (3+4j, ""), (3+4j, ".1f"), (1j, "^12"), (12, "c"), (65, "c"), (1.0, ""), (1e16, ""),
                (12345.6789, "n"), (0, "#o"), (10**20, ","), (5, "03"), (-5, "03"), (1.25, ".1f"),
                (2.5, ".0f"), (0.5, ".0%"), (123.456, ".2g"), (1e-5, ""), (100.0, ".3g"), (1234.5, "010,.1f")]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v, spec in [("abc", "d"), (1.5, "d"), (1, "s"), (1, ".2d"), ("x", "+"), ("x", "="), (1, ",_"), (1.5, "x"),
                (3+4j, "="), (3+4j, "%"), (1, "z"), (2**70, "c"), (-1, "c"), ("s", "#"), (1, "10.2.3f")]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
class IntSub(int):
    def __format__(self, spec):
        return "sub" + spec
print(format(IntSub(3), "d"), f"{IntSub(4):x}", "{}".format(IntSub(5)))
class FS(float):
    pass
print(format(FS(2.5), ".3f"), f"{FS(1.0)}")
print("{0[1]} {0[0]} {1.real}".format([7, 8], 5), "{a}-{b}".format(a=1, b=[2]))
print("{!r:>8}|{!a}".format("é", "é"))
try:
    "{} {}".format(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    "{x}".format(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "{!z}".format(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "{".format(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "}".format(1)
except Exception as e:
    print(type(e).__name__, e)
print("{{}} {:{}}".format(3, 4), "{:{w}.{p}f}".format(3.14159, w=10, p=3))
