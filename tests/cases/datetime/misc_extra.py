from datetime import datetime, date, time, timedelta, timezone
import datetime as D
d = datetime(2024, 3, 5, 7, 8, 9, 10)
print(d.strftime("%-d %-m %-H %e %k %l %s"[:14]), d.strftime("%_d|%_m|%05Y|%^a|%^B"))
print(D.__all__ if hasattr(D, "__all__") else None)
print(date.__name__, datetime.__qualname__, timezone.__module__, repr(date), repr(D.tzinfo), type(d.isocalendar()).__name__)
print(issubclass(timezone, D.tzinfo), issubclass(datetime, date), datetime.__mro__[1] is date)
print(d.__class__, d.date().__class__, timedelta.__mro__)
print(str(D.timedelta(days=-1, microseconds=1)), repr(-timedelta(microseconds=1)))
print(timedelta(days=1) == timedelta(days=1.0), timedelta(hours=1.5) == timedelta(minutes=90))
print(format(timedelta(1)), "{}".format(timezone.utc), f"{time(1):%H}", f"{date(2020, 1, 1)!r}")
print(d.timetz(), d.replace(tzinfo=timezone.utc).timetz(), datetime.combine(d.date(), d.timetz()) == d)
print(D.datetime_CAPI if False else "capi-skipped")
