import datetime as dt
d = dt.date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.strftime("%A %d %B %Y %j %U %W %a %b %y %m"), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(year=2023, day=28), d + dt.timedelta(days=1), d - dt.date(2000, 1, 1), d.toordinal(), dt.date.fromordinal(1))
print(dt.date.fromisoformat("2021-03-04"), d.ctime(), d.timetuple())
t = dt.time(13, 5, 9, 123)
print(t, repr(t), t.isoformat(), t.isoformat("milliseconds"), t.isoformat(timespec="minutes"), t.strftime("%I:%M %p"))
x = dt.datetime(2020, 1, 2, 3, 4, 5, 600)
print(x, repr(x), x.isoformat(), x.isoformat(" "), x.isoformat(timespec="seconds"), x.strftime("%Y-%m-%dT%H:%M:%S.%f %%"))
print(repr(dt.datetime(2020, 1, 1)), dt.datetime(2020, 1, 1).isoformat())
td = dt.timedelta(days=-1, seconds=5)
print(td, repr(td), td.total_seconds(), abs(td), -td)
print(dt.timedelta(hours=25, microseconds=7), repr(dt.timedelta(0)), repr(dt.timedelta(microseconds=-1)), dt.timedelta(microseconds=-1))
print(dt.timedelta(weeks=1, minutes=90) / dt.timedelta(hours=1), dt.timedelta(hours=1) // dt.timedelta(minutes=7), dt.timedelta(hours=1) % dt.timedelta(minutes=7))
print(dt.timedelta(seconds=10) * 1.5, dt.timedelta(seconds=10) / 4, dt.timedelta(days=3) // 2, divmod(dt.timedelta(hours=5), dt.timedelta(hours=2)))
print(dt.timedelta(days=999999999), dt.timedelta.max, dt.timedelta.min, dt.timedelta.resolution)
try:
    dt.timedelta(days=1000000000)
except OverflowError as e:
    print(e)
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    dt.date(2023, 13, 1)
except ValueError as e:
    print(e)
try:
    dt.time(24)
except ValueError as e:
    print(e)
try:
    dt.date.fromisoformat("2021-3-4")
except ValueError as e:
    print(e)
try:
    dt.datetime(2020, 1, 1) - dt.date(2020, 1, 1)
except TypeError as e:
    print(e)
try:
    dt.date(2020,1,1) < dt.datetime(2020,1,1)
except TypeError as e:
    print(e)
tz = dt.timezone(dt.timedelta(hours=5, minutes=30))
a = dt.datetime(2021, 6, 1, 12, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.tzname(), a.astimezone(dt.timezone.utc), repr(tz), repr(dt.timezone.utc), str(dt.timezone.utc))
print(a.strftime("%z %Z"), dt.timezone(dt.timedelta(hours=-3), "BRT"), repr(dt.timezone(-dt.timedelta(hours=3), "X")))
print(dt.datetime.fromisoformat("2011-11-04T00:05:23+04:00"), dt.datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(dt.datetime.strptime("2020-03-04 05:06", "%Y-%m-%d %H:%M"), dt.datetime.strptime("Mar 5 2001", "%b %d %Y"))
try:
    dt.datetime.strptime("2020-03", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    dt.datetime.strptime("2020-03-04x", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(x.date(), x.time(), x.timestamp() if False else '', dt.datetime.combine(d, t), x.replace(microsecond=0))
print(dt.datetime(2020, 1, 1) - dt.datetime(2019, 12, 31, 12), x + dt.timedelta(microseconds=999400))
print(dt.datetime(2020,1,1,tzinfo=dt.timezone.utc) == dt.datetime(2020,1,1,5,tzinfo=dt.timezone(dt.timedelta(hours=5))))
print(dt.date.min, dt.date.max, dt.datetime.min, dt.time.max, dt.MINYEAR, dt.MAXYEAR)
print(f"{d:%d/%m/%Y}", f"{x:%H%M}", format(td), f"{d}", "{:>12}".format(str(d)))
print(hash(dt.timedelta(1)) == hash(dt.timedelta(hours=24)), dt.timedelta(1) == dt.timedelta(hours=24), bool(dt.timedelta(0)))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1)]))
print(dt.datetime(2020, 1, 1, 0, 0, 0, 0).isoformat(timespec='microseconds'), dt.time(1, 2).isoformat(timespec='auto'))
print(dt.datetime(2001, 2, 3, 4, 5, 6).timetuple())
print(dt.date(2021, 1, 3).isocalendar().week, dt.date.fromisocalendar(2020, 53, 7))
