# time: clocks, sleep, and UTC calendar conversions / formatting.
import time


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


t0 = time.time()
print(isinstance(t0, float), t0 > 1.6e9, isinstance(time.time_ns(), int), abs(time.time_ns() / 1e9 - t0) < 5)
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.monotonic() - m0 >= 0.009, time.perf_counter() - p0 >= 0.009, isinstance(time.process_time(), float))
print(isinstance(time.monotonic_ns(), int), isinstance(time.perf_counter_ns(), int), isinstance(time.process_time_ns(), int))
show('sleep negative', lambda: time.sleep(-1))
show('sleep str', lambda: time.sleep('a'))
show('sleep nan', lambda: time.sleep(float('nan')))
print(time.sleep(0))
for s in [0, 1, -1, -1.5, 86399.9, 951782400, 1700000000.5, 253402300799, 253402300800, -62135596801, 2**40, -2**40]:
    print(s, time.gmtime(s))
for s in [1e18, 1e20, float('nan'), float('inf'), 'a', 2**63]:
    show('gmtime %r' % (s,), lambda: time.gmtime(s))
g = time.gmtime(1700000000)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(g[0], g[-1], g[:3], len(g), tuple(g), g == tuple(g), type(g).__name__, type(g).__module__)
print(time.localtime(0).tm_zone, time.localtime(0)[:6], time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for a in [(1, 2), tuple(range(12)), 5]:
    show('struct_time %r' % (a,), lambda: time.struct_time(a))
print(time.struct_time(tuple(range(9)), {'tm_zone': 'X'}).tm_zone)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %c', '%d %e %j %U %W %w %u %V %G %g', '%x %X %y %C %D %F %T %R %r',
            '%p %I %l %k %M %s %Z %z %%', '%-d %_d %05d %Ey %Od %q %', '%h %n %t|', '%P %+ %f', '', 'plain', '%10A|%-10d|%^a']:
    print(repr(time.strftime(fmt, time.gmtime(1700000000))))
for secs in [0, 946684800, 1104537600, 1230768000, 1262304000, 1609459200, 1640995200, 1703980800, 4102444800]:
    print(time.strftime('%Y-%m-%d %a %j %U %W %V %G %u %w', time.gmtime(secs)))
print(time.strftime('%Y', (1, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y %m %d %j', (0, 0, 0, 0, 0, 0, 0, 0, 0)))
for t in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
          (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0),
          (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 7, 1, 0),
          (1, 2), 'abc', (2020, -1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, -1, 0, 0, 0, 0, 1, 0),
          (2020, 1, 1, 0, 0, 0, 0, 1.5, 0)]:
    show('strftime %r' % (t,), lambda: time.strftime('%Y %m %d %a %j', t))
print(time.asctime(time.gmtime(0)), '|', time.ctime(0), '|', time.asctime((2020, 1, 5, 1, 2, 3, 6, 5, 0)))
print(time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)), '|', time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
show('asctime bad month', lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)))
show('asctime int', lambda: time.asctime(5))
show('asctime month 0', lambda: time.asctime((2020, 0, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2020, 13, 35, 25, 61, 61, 0, 0, 0)), time.mktime(time.gmtime(12345)), time.mktime((1969, 12, 31, 0, 0, 0, 0, 0, 0)))
print(time.timezone, time.altzone, time.daylight, time.tzname, time.tzset())
print(type(time.ctime()), len(time.asctime()), len(time.strftime('%c')))
print(repr(time.strftime('%-5d|%_5d|%05d|%-d|%_d|%5a|%-5a|%05a', time.gmtime(1700000000))))
for t in [(2020, 0, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 0, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 0, 0)]:
    print(time.asctime(t))
