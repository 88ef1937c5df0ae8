from datetime import date, timedelta
import datetime
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat(), d.ctime())
print(d.weekday(), d.isoweekday(), d.toordinal(), d.timetuple())
print(d.replace(year=2023, day=28), d.replace(month=3), repr(d.replace()))
print(date.min, date.max, date.resolution, repr(date.min))
for args in [(1, 1, 1), (9999, 12, 31), (2000, 2, 29), (1900, 3, 1), (1970, 1, 1), (2038, 1, 19)]:
    x = date(*args)
    o = x.toordinal()
    print(x, o, date.fromordinal(o) == x, x.weekday(), x.isocalendar())
for o in (1, 2, 365, 366, 730120, 3652059, 719163, 146097, 146098, 36524, 36525):
    print(o, date.fromordinal(o))
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=10) + d, d + timedelta(hours=47))
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, d - timedelta(seconds=1))
print(d > date(2024, 2, 28), d == date(2024, 2, 29), d != date(2024, 2, 29), d <= d, sorted([d, date.min, date(2024, 1, 1)]))
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29), date(2024, 3, 1)}))
print(date.fromtimestamp(0), date.fromtimestamp(1700000000), date.fromtimestamp(-86400 * 365))
print(type(date.today()) is date, date.today() > date(2020, 1, 1))
print(datetime.MINYEAR, datetime.MAXYEAR)
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2027, 1, 1).isocalendar())
ic = date(2026, 11, 26).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], ic[1:], tuple(ic), isinstance(ic, tuple), len(ic))
y, w, wd = ic
print(y, w, wd, ic == (2026, 48, 4))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2004, 1, 1))
print(format(d), format(d, "%d.%m.%Y"), f"{d:%A %B}", "{:%j}".format(d))
