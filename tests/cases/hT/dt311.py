import datetime as dt
from datetime import datetime, date, time, timezone, timedelta
print(dt.UTC, dt.UTC is timezone.utc, repr(dt.UTC))
for s in ["2011-11-04", "20111104", "2011-W01-2", "2011W012", "2011-11-04T00:05:23", "2011-11-04T00:05:23Z",
          "20111104T000523", "2011-11-04 00:05:23.283", "2011-11-04 00:05:23.283+00:00", "2011-11-04T00:05:23+04:00",
          "2011-11-04T00:05:23.1234", "2011-11-04T00:05", "2011-11-04T00", "2011-11-04T00:05:23,5", "2011-11-04T24:00:00",
          "2011-11-04T00:05:23-0530", "2011-11-04T00:05:23+05", "2011-11-04T00:05:23.123456789", "2011-13-04", "x", "",
          "2011-11-04T00:05:23+25:00", "2011-W53-1", "2020-W53-1", "2011-11-04T00:05:23Z+01:00"]:
    try:
        print(repr(datetime.fromisoformat(s)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["2011-11-04", "20111104", "2011-W01-2", "2021-02-29", "2011-1-4"]:
    try:
        print(repr(date.fromisoformat(s)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["04:23:01", "042301", "04:23:01.000384", "04:23:01,000384", "04:23:01+04:00", "04:23:01Z", "T04:23", "04", "0423", "25:00", "04:23:01.1"]:
    try:
        print(repr(time.fromisoformat(s)))
    except Exception as e:
        print(type(e).__name__, e)
d = datetime(2020, 5, 17, 12, 30, tzinfo=dt.UTC)
print(d, d.isoformat(), d.astimezone(timezone(timedelta(hours=-3))).isoformat())
print(d.isocalendar(), date(2020, 5, 17).isocalendar(), date(2020, 5, 17).isocalendar().week)
print(date.fromisocalendar(2020, 20, 7), datetime.fromisocalendar(2020, 1, 1) if hasattr(datetime, 'fromisocalendar') else '')
print(timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(0), "Z"), repr(timezone(timedelta(hours=1))))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).strftime("%Y %z %Z"))
