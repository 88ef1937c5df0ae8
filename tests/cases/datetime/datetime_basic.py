from datetime import datetime, date, time, timedelta, timezone
dt = datetime(2024, 2, 29, 23, 59, 58, 999999)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt + timedelta(seconds=1), dt + timedelta(microseconds=2), dt - timedelta(days=60), timedelta(hours=1) + dt)
print(dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, dt - dt)
print(dt.date(), dt.time(), repr(dt.timetz()), dt.timetuple(), dt.utctimetuple())
print(dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime())
for r in [datetime(2000, 1, 1), datetime(2000, 1, 1, 1), datetime(2000, 1, 1, 0, 1), datetime(2000, 1, 1, 0, 0, 1), datetime(2000, 1, 1, 0, 0, 0, 1), datetime(1, 1, 1, fold=1)]:
    print(repr(r), r, r.isoformat())
print(dt.replace(year=2023, day=28, microsecond=0), dt.replace(hour=0, tzinfo=timezone.utc), repr(dt.replace(fold=1)))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc)))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc), tzinfo=None)))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
print(dt > datetime(2024, 2, 29), dt == datetime(2024, 2, 29, 23, 59, 58, 999999), dt != dt, dt <= dt)
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1))
print(isinstance(dt, date), issubclass(datetime, date), hash(dt) == hash(dt.replace()), len({dt, dt.replace(), dt.replace(fold=1)}))
print(sorted([datetime(2020, 1, 2), datetime(2019, 12, 31, 23), datetime(2020, 1, 1, 12)]))
print(datetime.fromordinal(738000), datetime(2024, 2, 29, 12).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp())
print(type(datetime.now()) is datetime, type(datetime.utcnow()) is datetime, datetime.now(timezone.utc).tzinfo, datetime.today() > datetime(2020, 1, 1))
print(format(dt, ""), format(dt, "%Y/%m/%d %H-%M-%S.%f"), f"{dt:%c}", "{0:%x %X}".format(dt))
print(dt.isoformat(" "), dt.isoformat(timespec="hours"), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="seconds"), dt.isoformat(timespec="milliseconds"), dt.isoformat(timespec="microseconds"))
print(datetime(2024, 1, 1).isoformat(timespec="milliseconds"), datetime(2024, 1, 1, 5).isoformat("_", "auto"))
try:
    datetime(2000, 1, 1) < date(2000, 1, 1)
except TypeError as e:
    print(e)
try:
    date(2000, 1, 1) >= datetime(2000, 1, 1)
except TypeError as e:
    print(e)
try:
    dt.isoformat(timespec="days")
except ValueError as e:
    print(e)
