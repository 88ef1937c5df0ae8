import time
for t in (0, 1, -1, 86400 * 365.25, 951782400, 2**31, -2**31, 253402300799, 1e10, -1e10, 0.999, -0.5):
    g = time.gmtime(t)
    print(t, g, time.mktime(g), time.asctime(g), time.ctime(t), time.strftime("%Y-%m-%d %H:%M:%S %a %j %U %W %V %G %u %w %y %C %e %p %I", g))
print(time.localtime(0) == time.gmtime(0), time.timezone, time.altzone, time.daylight, time.tzname)
for f in ["%", "%%", "%Q", "%E", "%Ey", "%Od", "%5Y", "%-d", "%_H", "%^a", "%#b", "%n|%t", "%s", "%+", "%h", "%D", "%T", "%R", "%r", "%F", "%k", "%l", "%P", "%z", "%Z", "%c", "%x", "%X"]:
    try:
        print(repr(f), repr(time.strftime(f, time.gmtime(1234567890))))
    except ValueError as e:
        print(repr(f), "ValueError", e)
for tt in [(2020, 13, 1, 0, 0, 0, 0, 1, -1), (2020, 1, 32, 0, 0, 0, 0, 1, -1), (2020, 1, 1, 24, 0, 0, 0, 1, -1), (2020, 1, 1, 0, 0, 61, 0, 1, -1),
           (2020, 1, 1, 0, 0, 0, 7, 1, -1), (2020, 1, 1, 0, 0, 0, 0, 367, -1), (2020, 0, 0, 0, 0, 0, 0, 0, -1), (1, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(tt, repr(time.strftime("%Y-%m-%d %H:%M:%S %a %j", tt)))
    except ValueError as e:
        print(tt, "ValueError", e)
    try:
        print(time.mktime(tt), time.asctime(tt))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
st = time.struct_time((2020, 5, 6, 7, 8, 9, 2, 127, 0))
print(st, st.tm_zone, st.tm_gmtoff, len(st), st[:3], time.mktime(st))
for bad in [lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e30), lambda: time.strftime(5), lambda: time.strftime("%Y", (1, 2)), lambda: time.struct_time((1, 2))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
g = time.gmtime(1234567890)
for f in ['%#a', '%#A', '%#b', '%#B', '%#h', '%#p', '%#Z', '%#^p', '%^#p', '%#c', '%#x', '%#Y', '%#10B', '%^10a']:
    print(repr(f), repr(time.strftime(f, g)))
