import calendar
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone

print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=4, m=4)[:400])
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2025, 3, w=3))
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 7, 4), list(calendar.day_name), list(calendar.month_abbr))
print(calendar.monthcalendar(2024, 9))
print(list(tc.itermonthdates(2024, 2))[:3], calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.day_abbr[0], calendar.month_name[12], calendar.firstweekday())
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 1).splitlines()[:4])

d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple().tm_yday)
print(d.replace(year=2023, day=28), d + timedelta(days=366), date.fromisoformat("2021-12-31"), date.fromordinal(738000))
try:
    d.replace(year=2023)
except ValueError as e:
    print("ValueError", e)
try:
    date(2024, 13, 1)
except ValueError as e:
    print("ValueError", e)
for fmt in ["%Y-%m-%d", "%d/%m/%y", "%A %B %d", "%a %b %e" if False else "%a %b", "%j %U %W", "%c", "%x", "%X", "%%"]:
    print(fmt, "->", datetime(2024, 3, 9, 14, 5, 7).strftime(fmt))
t = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(t, repr(t), t + timedelta(microseconds=1), t.date(), t.time(), t.timestamp() if t.tzinfo else "naive")
print(datetime.strptime("2024-06-15 08:30", "%Y-%m-%d %H:%M"), datetime.strptime("15/Jun/2024", "%d/%b/%Y"))
try:
    datetime.strptime("2024-99-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("hello", "%Y")
except ValueError as e:
    print("ValueError", e)
td = timedelta(days=-1, seconds=5)
print(td, repr(td), td.total_seconds(), abs(td), timedelta(hours=49, minutes=5), timedelta(weeks=1) / timedelta(days=2))
print(timedelta(seconds=3661.5), timedelta(microseconds=-1), timedelta(days=1) * 1.5, timedelta(days=7) // 3, divmod(timedelta(hours=5), timedelta(hours=2)))
print(repr(timedelta(0)), repr(timedelta(days=2, hours=3)), str(timedelta(days=10**5)))
tz = timezone(timedelta(hours=5, minutes=30), "IST")
aware = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(aware, repr(aware), aware.astimezone(tz), aware.isoformat(), aware.tzname(), aware.utcoffset())
print(timezone(timedelta(hours=-3)), timezone.utc, datetime(2024, 1, 1, tzinfo=tz).strftime("%z %Z"))
print(datetime.fromisoformat("2024-05-06T07:08:09+02:00"), datetime.fromisoformat("2024-05-06 07:08"))
print(aware.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
print(time(9, 30), time(23, 59, 59, 1000).isoformat(), time(1, 2).strftime("%I:%M %p"), time.fromisoformat("10:11:12"))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 5), date(2019, 1, 1)), date(2024, 3, 1) - date(2024, 2, 1))
ages = {"ann": date(1990, 7, 15), "bob": date(2000, 2, 29), "cy": date(1985, 12, 31)}
today = date(2024, 7, 14)
for n, b in sorted(ages.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(f"{n:<4}{b:%d.%m.%Y}{age:>4} {(today - b).days:>6,} days  {b:%A}")
start = date(2024, 1, 31)
for i in range(1, 5):
    m = (start.month - 1 + i) % 12 + 1
    y = start.year + (start.month - 1 + i) // 12
    print(date(y, m, min(start.day, calendar.monthrange(y, m)[1])))
print(f"{datetime(2024, 1, 2, 3, 4, 5):%Y/%m/%d %H-%M-%S}", format(date(2024, 1, 2), ""), f"{date(2024,1,2)!r}")
print(datetime.combine(date(2024, 1, 1), time(6)), datetime(2024, 1, 1) == date(2024, 1, 1), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution)
