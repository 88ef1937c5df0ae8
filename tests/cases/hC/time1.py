import time, calendar
t = time.gmtime(1700000000)
print(t, t.tm_year, t[0:3], time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", t))
print(time.asctime(t), time.strftime("%c | %x | %X", t), time.strftime("%U %W %w %u %G %V", t) if True else '')
print(time.gmtime(0), time.mktime(time.localtime(1000)) == 1000 if False else '', calendar.timegm(t))
print(time.strptime("2023-11-14", "%Y-%m-%d"))
print(time.strptime("14 Nov 23 10:11", "%d %b %y %H:%M")[:6])
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print(e)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, time.strftime("%d.%m.%Y", st), len(st), st.tm_zone if False else '', type(st).__name__)
print(time.strftime("%e|%D|%T|%R|%n|%t|%h|%C|%g", t))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__, time.time() > 1.6e9)
print(calendar.isleap(2000), calendar.leapdays(1900, 2001), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], list(calendar.day_abbr))
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 10))
