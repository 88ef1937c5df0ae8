d = {"name": "bob", "n": 3, "f": 2.5}
print("%(name)s has %(n)d items at %(f).2f" % d)
print("%(name)-6s|%(n)04d|%(f)+8.3f|%%" % d)
print("%s %r %a" % ("é", "é", "é"), "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%d %i %u %o %x %X %e %E %g %G %c %c" % (1, 2, 3, 8, 255, 255, 1.5, 1.5, 1e-5, 1e20, 65, "z"))
print("%#o %#x %#X %+d % d %05d %-5d|" % (8, 255, 255, 5, 5, -5, 5))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%(a)s %(a)r" % {"a": "q"})
print(b"%s %d %x %c %b" % (b"hi", 5, 255, 65, b"raw"), b"%(k)s" % {b"k": b"v"})
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%c", 1114112), ("%c", "ab"), ("%(a", {"a": 1}), ("%d", {})):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % {"k": 1}, "%.3s" % 12345, "%x" % -255, "%o" % -8, "%.0f" % 2.5, "%e" % 0)
