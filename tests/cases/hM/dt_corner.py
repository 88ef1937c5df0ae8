from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dtmod
for s in ["2011-11-04T00:05:23Z", "20111104", "2011-W01-2", "2011-11-04T00:05:23.283+00:00", "2011-11-04 00:05:23.283", "20111104T000523", "2011-11-04T00:05:23+04:00",
          "2011-11-04T00:05", "2011-11-04T00", "2011-11-04T24:00", "2011-11-04T00:05:23.1", "2011-11-04T00:05:23,5", "2011-11-04T00:05:23-0530", "2011-11-04T00:05:23+01:00:30.5", "2011-W53-1", "bad"]:
    try: print(s, "->", repr(datetime.fromisoformat(s)))
    except Exception as e: print(s, type(e).__name__, e)
for s in ["04:23:01.000384", "T0423", "04:23:01Z", "04:23:01+01:00", "24:00", "4:23"]:
    try: print(s, "->", repr(time.fromisoformat(s)))
    except Exception as e: print(s, type(e).__name__, e)
tz = timezone(timedelta(hours=-3, minutes=-30), "NST")
dt = datetime(2021, 6, 7, 8, 9, 10, 11000, tzinfo=tz)
for f in ["%z", "%Z", "%c", "%x", "%X", "%G-%V-%u", "%f", "%H%%", "%D", "%T", "%R", "%n%t|", "%C", "%g", "%h", "%e", "%k" if False else "%M", "%s" if False else "%S"]:
    print(repr(f), repr(dt.strftime(f)))
print(datetime(2021, 1, 1).strftime("%z|%Z|"), time(1, 2, 3, tzinfo=timezone.utc).strftime("%H %z %Z"), date(2021, 1, 1).strftime("%H:%M %z"))
print(datetime(1, 1, 1).strftime("%Y|%y|%G"), datetime(999, 1, 1).isoformat(), date(5, 3, 4).strftime("%Y-%m-%d"))
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
    def __repr__(self): return "EST()"
e = datetime(2020, 3, 1, 12, tzinfo=EST())
print(e, repr(e), e.utcoffset(), e.dst(), e.tzname(), e.astimezone(timezone.utc), e.timetuple().tm_isdst, e.utctimetuple())
print(e.strftime("%z %Z"), e == datetime(2020, 3, 1, 17, tzinfo=timezone.utc), e.timestamp())
class Bad(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=30)
try: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()
except Exception as ex: print(type(ex).__name__, ex)
class Bad2(tzinfo):
    def utcoffset(self, dt): return 5
try: datetime(2020, 1, 1, tzinfo=Bad2()).isoformat()
except Exception as ex: print(type(ex).__name__, ex)
try: timezone(timedelta(hours=24))
except Exception as ex: print(type(ex).__name__, ex)
try: timezone(5)
except Exception as ex: print(type(ex).__name__, ex)
try: datetime(2020, 1, 1, tzinfo=5)
except Exception as ex: print(type(ex).__name__, ex)
print(timezone(timedelta(0)), timezone(-timedelta(seconds=1)), timezone(timedelta(hours=5, seconds=30)), repr(timezone(timedelta(hours=-1))), timezone.min, timezone.max)
print(timezone(timedelta(hours=2)).tzname(None), timezone(timedelta(hours=2)) == timezone(timedelta(hours=2), "x"), timezone.utc.utcoffset(None))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1.5e9, tz=timezone(timedelta(hours=1))), datetime.utcfromtimestamp(86400.5))
print(repr(datetime(2020, 1, 1, fold=1)), datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1), time(fold=1).fold)
for td in [timedelta(days=-1, seconds=1), timedelta(microseconds=-1), timedelta(days=1.5, hours=0.5), timedelta(seconds=0.0000015), timedelta(minutes=-0.5), timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)]:
    print(str(td), repr(td))
print(timedelta(seconds=1) * 0.1, timedelta(seconds=1) / 7, timedelta(microseconds=5) // 2, timedelta(microseconds=5) / 2, round(timedelta(seconds=1.5).total_seconds()))
print(timedelta(1) == 1, timedelta(1) != "x", timedelta(0) == timedelta(), bool(timedelta(0)), timedelta(hours=1) > timedelta(minutes=59))
for bad in [lambda: timedelta(1) < 1, lambda: timedelta(1) * timedelta(1), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: date(2020, 1, 1) - datetime(2020, 1, 1), lambda: date.today() < 5, lambda: time(1) + timedelta(1), lambda: date(2020, 1, 1) * 2, lambda: datetime(2020, 1, 1) + date(2020, 1, 1)]:
    try: print(bad())
    except Exception as ex: print(type(ex).__name__, ex)
class MyDate(date):
    def __repr__(self): return "MyDate<%s>" % self.isoformat()
md = MyDate(2020, 5, 5)
print(md, repr(md), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__, type(MyDate.today()).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)
class MyDT(datetime): pass
print(type(MyDT.now()).__name__, type(MyDT(2020, 1, 1) + timedelta(1)).__name__, type(MyDT.combine(date(2020,1,1), time())).__name__, type(MyDT.strptime("2020", "%Y")).__name__)
print(dtmod.MINYEAR, dtmod.MAXYEAR, datetime.min, datetime.max, time.min, time.max, repr(datetime.resolution), dtmod.UTC if hasattr(dtmod, "UTC") else "")
print(date(2020, 1, 1).__reduce__() if False else "", date.fromtimestamp(0).year >= 1969, datetime(2020, 1, 1, 12).ctime(), datetime(2020, 2, 29).replace(year=2024))
try: datetime(2020, 2, 29).replace(year=2021)
except Exception as ex: print(type(ex).__name__, ex)
for args in [(0, 1, 1), (10000, 1, 1), (2020, 0, 1), (2020, 1, 32), ("2020", 1, 1), (2020.0, 1, 1)]:
    try: print(date(*args))
    except Exception as ex: print(type(ex).__name__, ex)
for args in [(-1,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (0, 0, 0, 0, 5)]:
    try: print(time(*args))
    except Exception as ex: print(type(ex).__name__, ex)
print(date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar(), date(2021, 1, 3).isocalendar().week, date(2019, 12, 30).isocalendar()[0])
print(datetime.strptime("Monday 2 March 2020 10:11:12.5 PM +0100", "%A %d %B %Y %I:%M:%S.%f %p %z"))
print(repr(datetime.strptime("2020 32", "%Y %j")), repr(datetime.strptime("2020 10 1", "%Y %W %w")), repr(datetime.strptime("UTC", "%Z")), datetime.strptime("1 2", "%m %d"))
for s, f in [("2020-02-30", "%Y-%m-%d"), ("25:00", "%H:%M"), ("x", "%Q"), ("2020", "%Y %"), ("12", "%I %p")]:
    try: print(datetime.strptime(s, f))
    except Exception as ex: print(type(ex).__name__, ex)
