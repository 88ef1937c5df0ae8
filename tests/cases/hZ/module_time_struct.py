import time
st = time.gmtime(0)
print(st, st.tm_year, st.tm_yday, st.tm_wday, st[0], len(st), tuple(st))
st2 = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %A %B %p %y %%", st2))
print(time.asctime(st2), time.strftime("%d/%m/%Y", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
print(time.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("5 Jan 1999", "%d %b %Y")[:6], time.calendar if hasattr(time, "calendar") else "")
try:
    time.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print(e)
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)); print(s.tm_mon, s.tm_hour, repr(s))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
import calendar
print(calendar.timegm(st2), calendar.timegm((2000, 1, 1, 0, 0, 0)))
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
print(type(t0).__name__, time.time() >= t0, time.monotonic() >= m0, time.perf_counter() >= p0, type(time.time_ns()).__name__)
print(time.gmtime(86400 * 365.25 * 30).tm_year, time.mktime(time.localtime(1000000)) == 1000000.0)
