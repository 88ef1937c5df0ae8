print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}{y}".format(x=1, y=[2]), "{0[1]}{0[0]}".format("ab"))
print("{a[k]} {a[0]}".format(a={"k": 5, 0: 6}), "{0.real} {0.imag}".format(3+4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:>5}|{:<5}|{:^5}|{:*^6}".format(1, 2, 3, 4))
print("{:+d} {: d} {:-d} {:08.3f} {:,} {:_} {:_x} {:#b} {:#o} {:#X}".format(5, 5, -5, -3.14159, 1234567, 1234567, 0xdeadbeef, 5, 8, 255))
print("{:e} {:E} {:g} {:G} {:%} {:.0%} {:n}".format(12345.678, 0.000123, 1e20, 1e-20, 0.125, 0.5, 1234))
print("{:=+10d}|{:=10}|{:010}|{:<010}".format(42, -3, -3.5, 7))
print("{{}} {{{0}}}".format(9), "{0:{1}}".format(3.14159, ".2f"), "{:{w}.{p}f}".format(2.5, w=8, p=3))
print(format(3, "c"), format(65, "c"), format("abc", ".2"), format("abc", "^7.1"), format(True), format(True, "d"), format(None))
for spec, args in [("{", ()), ("}", ()), ("{0", ()), ("{0}", ()), ("{x}", ()), ("{0:d}", ("a",)), ("{:s}", (1,)), ("{!x}", (1,)), ("{0[}", (1,)), ("{:,d}", ("x",)), ("{:=s}", ("a",)), ("{:+s}", ("a",)), ("{} {0}", (1, 2)), ("{0} {}", (1, 2)), ("{:.3d}", (1,)), ("{:,c}", (65,)), ("{:c}", (-1,)), ("{:d}", (1.5,)), ("{0.foo}", (1,)), ("{0[5]}", ("ab",)), ("{:x}", (1.0,)), ("{:#c}", (65,)), ("{:=^5}", (1,))]:
    try:
        print(repr(spec.format(*args)))
    except Exception as e:
        print(spec, type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)), "{0}".format_map({0: "zero"}) if False else "skip")
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print("{:abc} {!s:>3}".format(F(), F()) if False else "{:abc}".format(F()), f"{F():x{1+1}y}")
x = 12.5
print(f"{x!r:>8}", f"{x=}", f"{x = :.1f}", f"{'a' 'b'}", f"{3:{'>'}{5}}", f"{{{x}}}")
print("%s %r %a %d %i %5.2f %-5d| %05d %x %X %#x %o %#o %e %g %c %c %%" % ("s", "r", "é", 3, 4.7, 2.345, 7, -42, 255, 255, 255, 8, 8, 1e5, 1e-5, 65, "z"))
print("%(a)s %(b)03d" % {"a": 1, "b": 2}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%s" % (1,), "%s" % [1, 2], "%.3s" % "abcdef")
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567890), ("%c", "ab"), ("%", ()), ("%s %(a)s", {"a": 1}), ("%x", 1.5), ("%d", 1.5), ("%d", "3")]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
