import datetime as dt
from datetime import date, datetime, time, timedelta, timezone
class MyTZ(dt.tzinfo):
    def utcoffset(self, d): return timedelta(hours=-5)
    def dst(self, d): return timedelta(0)
    def tzname(self, d): return "EST"
x = datetime(2023, 3, 12, 1, 30, tzinfo=MyTZ())
print(x, x.isoformat(), x.tzname(), x.utcoffset(), x.dst(), x.astimezone(timezone.utc), x.strftime("%Z %z"), x.utctimetuple()[:6], x.timetz())
print(repr(timedelta(days=1, seconds=3600, microseconds=5)), repr(timedelta(seconds=-1)), str(timedelta(days=-2, hours=3)), timedelta(minutes=-1) * -1, timedelta(days=1.5), timedelta(milliseconds=1.5), timedelta(seconds=0.0000015))
print(timedelta(hours=1) * 0.1, timedelta(hours=1) / 7, timedelta(1) // timedelta(hours=5), timedelta(1) > timedelta(hours=23), timedelta(0) == 0, -timedelta(microseconds=1) // 2)
print(timedelta(days=1).days, timedelta(hours=36).seconds, timedelta(hours=36).days, timedelta(microseconds=1500).microseconds, timedelta(weeks=2, days=-3))
try:
    timedelta(1) + 1
except TypeError as e:
    print(e)
try:
    timedelta(1) / 0
except ZeroDivisionError as e:
    print(e)
try:
    date(2020, 1, 1) + 1
except TypeError as e:
    print(e)
try:
    datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2020, 1, 1)
except TypeError as e:
    print(e)
try:
    datetime(2020, 1, 1, tzinfo=timezone.utc) < datetime(2020, 1, 1)
except TypeError as e:
    print(e)
print(datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1))
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print(e)
try:
    date(2020, 1, 1).strftime(5)
except TypeError as e:
    print(e)
try:
    datetime(2020, 1, 1) + timedelta(days=10**6 * 3)
except OverflowError as e:
    print(e)
try:
    date.max + timedelta(1)
except OverflowError as e:
    print(e)
for s in ["2020-01-01T10:00", "2020-01-01T10:00:00Z", "2020-01-01 10:00:00.5+01:30", "20200101", "2020-W01-1", "2020-01-01T25:00"]:
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print(e)
for s in ["10:30", "10:30:15.123456", "1030", "10:30+02:00", "25:00"]:
    try:
        print(repr(time.fromisoformat(s)))
    except ValueError as e:
        print(e)
print(datetime.strptime("2023-07-04T12:30:45.123+0200", "%Y-%m-%dT%H:%M:%S.%f%z"), datetime.strptime("Tuesday 4 July 2023 PM 3", "%A %d %B %Y %p %I"), datetime.strptime("23/365", "%y/%j"))
print(datetime.strptime("1/2/03", "%m/%d/%y"), datetime.strptime(" 5", "%d") if False else '', datetime.strptime("2020 10 2", "%Y %W %w"))
print(date(2020, 5, 17).strftime("%-d") if False else '', date(1, 1, 1).strftime("%Y|%y|%C"), date(999, 1, 1).isoformat(), datetime(1900, 1, 1).strftime("%a %c"))
print(time(0), time(12, 0, 0, 1), repr(time(1, tzinfo=timezone.utc)), time(23, 59).replace(hour=1), time(5) < time(6), bool(time(0)), time(1, 2, 3).strftime("%H-%M-%S %f"))
print(datetime(2020, 2, 29) .replace(year=2021) if False else '', date(2020, 1, 31) + timedelta(days=30), (date(2024, 3, 1) - timedelta(days=1)).day, date.fromtimestamp(0).year > 1960, datetime.utcfromtimestamp(86400 * 365))
print(datetime.fromtimestamp(1e9, tz=timezone.utc), datetime.fromtimestamp(0, timezone(timedelta(hours=2))), datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp())
print(repr(datetime(2020, 1, 1, 0, 0, 0, 0, timezone.utc)), repr(datetime(2020, 1, 1, 12, 30, fold=1)), repr(time(0, 0, 0, 100)))
print(sorted([datetime(2020, 1, 1, 5), datetime(2019, 6, 6), datetime(2020, 1, 1)]), max(date(2020, 1, 1), date(2021, 1, 1)), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
d = date(2023, 1, 1)
while d.weekday() != 4:
    d += timedelta(days=1)
print("first friday", d, d.strftime("%d %b"), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar()[1])
print([(date(2023, m, 1).strftime("%b"), (date(2023 + m // 12, m % 12 + 1, 1) - timedelta(1)).day) for m in range(1, 13)])
age = date(2024, 6, 1) - date(1990, 7, 15); print(age, age.days // 365, divmod(age.days, 7))
print(timezone.utc.utcoffset(None), timezone(timedelta(0)), timezone(timedelta(hours=1, minutes=30), "X").tzname(None), timezone.min, timezone.max, timezone(timedelta(seconds=1)))
print(f"{datetime(2020, 5, 6, 7, 8, 9):%Y/%m/%d %I:%M:%S %p}", "{:%H:%M}".format(time(9, 5)), format(date(2020, 1, 1), ""), f"{timedelta(1)!s:>20}|")
