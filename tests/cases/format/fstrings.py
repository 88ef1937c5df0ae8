# f-strings: conversions, nested specs, debugging '=', and format() protocol dispatch.
class C:
    def __format__(self, spec):
        return "C[" + spec + "]"

    def __repr__(self):
        return "C()"

    def __str__(self):
        return "c"


x, y, w, p, name = 3.14159, -42, 10, 3, "wörld"
print(f"{x}|{x!r}|{x!s}|{x!a}|{x:.2f}|{x:{w}.{p}}|{x:>{w}}|{y:+05d}|{y:x}|{y:#o}")
print(f"{name!r}|{name!a}|{name:^11}|{name:*<9}|{name!r:>12}|{name[1]}|{name[1:3]!r}")
print(f"{C()}|{C()!r}|{C()!s}|{C():spec}|{C():{w}}|{[1, 'a']}|{(1,)!r}|{ {'k': 1} }|{None}|{True:d}")
print(f"{'a' 'b'}|{w:{'>' if y < 0 else '<'}{w}}")
print(f"{{}}|{{{y}}}|{'{'}{'}'}|{3:{''}}|{'s':{''}>{5}}")
print(f"{1e100:e}|{1e-100:g}|{123456789:,}|{123456789:_x}|{0.000012345:.3g}|{12345678.9:,.2f}|{-0.0:z.1f}")
for v in (0, 1, -1, 255, 10**20, 2.5, -0.5, 1 + 2j, "s", True):
    print(format(v), format(v, ""), str(v) == format(v), repr(format(v, "")))
print(format(C(), "q"), format(C()), "{:xyz}".format(C()), "%s %r" % (C(), C()))
