print("%s %r %a" % ("x", "y\n", "é"))
print("%d %i %u" % (3, -4, 5), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%e %E %f %F %g %G" % (1234.5678, 1234.5678, 1.5, 2.5, 0.00001234, 1e20))
print("%.2f %10.3f %-10.1f| %.0f %.0e %#.0f" % (3.14159, 2.71828, 1.0, 2.5, 12345, 3))
print("%c%c%c" % (72, "i", 0x1F600))
print("%%" % (), "%s%%" % 5, "%(a)s-%(b)d" % {"a": 1, "b": 2})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "%r" % {"k": 1})
print("%d" % 3.99, "%x" % -255, "%o" % -8, "%d" % True, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%g %g %g %g" % (100000, 1000000, 1e-5, 0.0001), "%#g" % 1.0, "%.3g" % 1234567)
print("%s %s" % (float('inf'), float('nan')), "%f" % float('-inf'), "%d" % 2**70, "%x" % 2**70)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%c", 1234567890), ("%c", "ab"),
                  ("%z", 1), ("%(a)s", (1,)), ("%d", None), ("%x", 1.5), ("%(a)s", {}), ("%", ()), ("%*d", ("a", 1))]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s %d %x %c %r" % (b"ab", 5, 255, 65, b"q"), b"%b" % bytearray(b"z"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
print("%s %r" % (S(), S()), "%-6s|%6r|" % (S(), S()))
print("%(x)s %(x)r" % {"x": "q"}, "%.2e" % 0, "%+.1e" % -12345.678, "%i" % -0, "%.1f" % -0.0)
