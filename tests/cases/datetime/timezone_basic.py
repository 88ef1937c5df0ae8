from datetime import timezone, timedelta, datetime, tzinfo
import datetime as D
print(timezone.utc, repr(timezone.utc), D.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
print(repr(timezone(timedelta(0), "UTC")), timezone(timedelta(0), "UTC") == timezone.utc)
for off in [timedelta(hours=1), timedelta(hours=-1), timedelta(hours=5, minutes=45), timedelta(hours=-9, minutes=-30),
            timedelta(seconds=1), timedelta(seconds=-3601, microseconds=-5), timedelta(hours=23, minutes=59, seconds=59)]:
    z = timezone(off)
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None))
print(timezone.min, timezone.max, repr(timezone.min))
z = timezone(timedelta(hours=3), "MSK")
print(z, repr(z), z.tzname(None), z == timezone(timedelta(hours=3)), hash(z) == hash(timezone(timedelta(hours=3))))
dt = datetime(2021, 6, 1, 12, tzinfo=timezone.utc)
print(z.fromutc(dt.replace(tzinfo=z)), dt.astimezone(z), dt.astimezone(timezone(timedelta(hours=-7))).isoformat())
print(isinstance(z, tzinfo), isinstance(timezone.utc, timezone))
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(-timedelta(hours=24)), lambda: timezone(3600),
            lambda: timezone(timedelta(0), 5), lambda: z.tzname(5), lambda: z.utcoffset("x"), lambda: z.fromutc(dt)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(timezone(timedelta(hours=2)).tzname(datetime(2020, 1, 1)), timezone(offset=timedelta(hours=-2), name="X"))
