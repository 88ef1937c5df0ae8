from datetime import date, datetime, timedelta, timezone, time
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date(2024, 12, 31) + timedelta(1), date.fromordinal(1), date.fromisoformat("2020-05-06"), d.replace(year=2023), d.strftime("%A %d %B %Y"))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    d.replace(year=2023, day=30)
except ValueError as e:
    print(e)
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, microseconds=1500000)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=5))
print(timedelta(0), timedelta(-1), timedelta(microseconds=-1), timedelta(weeks=1) == timedelta(days=7), repr(timedelta(hours=1)), timedelta.max, timedelta.min)
dt = datetime(2024, 3, 10, 1, 30, 0, 123)
print(dt, dt + timedelta(hours=23, minutes=31), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time(), repr(dt))
print(datetime.fromisoformat("2024-01-02T03:04:05"), datetime(2020, 1, 1) - datetime(2019, 1, 1), datetime.strptime("03/04/21 10:11", "%d/%m/%y %H:%M"))
tz = timezone(timedelta(hours=-5), "EST"); a = datetime(2024, 1, 1, 12, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.astimezone(timezone.utc), a.timestamp(), repr(tz), timezone.utc, str(timezone(timedelta(hours=5, minutes=30))))
try:
    a - datetime(2024, 1, 1)
except TypeError as e:
    print(e)
try:
    a < datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(a == datetime(2024, 1, 1, 17, tzinfo=timezone.utc), datetime.fromtimestamp(0, timezone.utc), datetime(2024, 1, 1).weekday())
print(time(13, 5, 9, 10), time(1).isoformat(), time.fromisoformat("10:20:30.5"), time(23, 59) > time(1), datetime.combine(d, time(8)))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 1, 1), date(2021, 1, 1)), sorted([date(2021, 1, 1), date(2020, 6, 1)]))
print(format(dt, "%Y/%m/%d"), f"{d:%d.%m.%Y}", date.min, date.max, datetime(2024, 1, 1).timetuple()[:6])
