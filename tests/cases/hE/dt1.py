from datetime import datetime, date, time, timedelta, timezone
import datetime as dtm
td = timedelta(days=-1, seconds=5)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(), timedelta(hours=25, minutes=61), timedelta(microseconds=-1), timedelta(weeks=2, milliseconds=1500), timedelta(days=1.5), timedelta(seconds=0.000001), timedelta(minutes=-90)]:
    print(repr(t), '|', t, '|', -t, abs(t))
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5))
print(timedelta(hours=1) * 2.5, timedelta(hours=1) / 3, divmod(timedelta(hours=7), timedelta(hours=2)))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=1000000000)
except Exception as e:
    print(type(e).__name__, e)
try:
    timedelta(1) + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    timedelta(1) / 0
except Exception as e:
    print(type(e).__name__, e)
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 1, 1), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.replace(day=1), d.ctime(), d.strftime('%A %a %B %b %d %j %U %W %y %Y %m %%'), date.fromordinal(738000), date.fromisoformat('2020-05-17'))
print(date.fromisocalendar(2021, 52, 7), d.isocalendar().week, repr(d.isocalendar()))
for bad in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 1, 0)]:
    try:
        date(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    date.fromisoformat('2020-5-17')
except Exception as e:
    print(type(e).__name__, e)
dt = datetime(2023, 12, 31, 23, 59, 58, 123456)
print(dt, repr(dt), dt + timedelta(seconds=2), dt.isoformat(), dt.isoformat(sep=' ', timespec='milliseconds'), dt.isoformat(timespec='minutes'))
print(dt.date(), dt.time(), repr(dt.time()), dt.timetuple()[:6], dt.replace(microsecond=0))
print(datetime(2020, 1, 1) - datetime(2019, 12, 25, 12), datetime(2020, 1, 1) < datetime(2020, 1, 2))
print(datetime.fromisoformat('2023-04-05T06:07:08.5+02:00'), repr(datetime.fromisoformat('2023-04-05 06:07')), datetime.fromisoformat('2023-04-05'))
tz = timezone(timedelta(hours=5, minutes=30))
print(repr(tz), str(tz), repr(timezone.utc), str(timezone.utc), timezone(timedelta(hours=-3), 'BRT'), repr(timezone(timedelta(0), 'Z')))
a = datetime(2023, 6, 1, 12, 0, tzinfo=timezone.utc)
print(a, repr(a), a.astimezone(tz), a.utcoffset(), a.tzname(), a.astimezone(tz).isoformat(), a.timestamp())
try:
    a < datetime(2023, 1, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    a - datetime(2023, 1, 1)
except Exception as e:
    print(type(e).__name__, e)
print(a == datetime(2023, 6, 1, 12), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I %z|%Z|%c|%x|%X'), a.strftime('%z %Z'), datetime(2023,1,1,tzinfo=tz).strftime('%z'))
print(datetime.strptime('2023-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('04/Mar/23 5PM', '%d/%b/%y %I%p'))
print(repr(datetime.strptime('2023-03-04T01:02:03.25+0530', '%Y-%m-%dT%H:%M:%S.%f%z')))
print(datetime.strptime('Monday 1 January 2024', '%A %d %B %Y'), datetime.strptime('2024 100', '%Y %j'))
for s, f in [('2023-02-30', '%Y-%m-%d'), ('abc', '%Y'), ('2023-01-01 extra', '%Y-%m-%d'), ('25:00', '%H:%M')]:
    try:
        datetime.strptime(s, f)
    except Exception as e:
        print(type(e).__name__, e)
t = time(13, 5, 9, 50)
print(t, repr(t), t.isoformat(), t.strftime('%H|%I|%M|%S|%f|%p'), time(), repr(time(1, 2)), time.fromisoformat('10:20:30.123'))
try:
    time(24)
except Exception as e:
    print(type(e).__name__, e)
try:
    datetime(2020, 1, 1) + date(2020, 1, 1)
except Exception as e:
    print(type(e).__name__, e)
print(date.min, date.max, datetime.min, datetime.max, dtm.MINYEAR, dtm.MAXYEAR)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(hash(timedelta(0)) == hash(timedelta(0)), timedelta(seconds=60) == timedelta(minutes=1), bool(timedelta(0)))
print(format(dt, '%d.%m.%Y'), f'{d:%b %d}', format(td), f"{timedelta(1)!r}")
print(date(2023, 1, 1).isoformat(), datetime.combine(date(2023, 1, 1), time(5)), datetime(2023, 1, 1).weekday())
print(timedelta(days=1, hours=3).total_seconds(), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(seconds=1, microseconds=-1))
