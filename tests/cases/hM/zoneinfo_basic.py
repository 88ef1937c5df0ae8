# engines: native  (reads /usr/share/zoneinfo, which the sandbox does not mount)
import zoneinfo, pickle, copy
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone, date
ny = ZoneInfo("America/New_York")
print(ny, repr(ny), ny.key, ZoneInfo("America/New_York") is ny, ZoneInfo.no_cache("America/New_York") is ny)
for zone in ["America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles", "UTC", "America/Sao_Paulo", "Pacific/Auckland", "Asia/Kathmandu", "Africa/Casablanca", "America/St_Johns", "Europe/Dublin", "Etc/GMT+5"]:
    z = ZoneInfo(zone)
    for d in [datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12), datetime(1995, 6, 1), datetime(1900, 1, 1), datetime(2050, 3, 30, 3), datetime(2010, 10, 31, 1, 30)]:
        a = d.replace(tzinfo=z)
        print(zone, a.isoformat(), a.utcoffset(), a.dst(), a.tzname(), a.astimezone(timezone.utc).isoformat())
    u = datetime(2024, 3, 10, 12, tzinfo=timezone.utc)
    print(zone, u.astimezone(z), u.astimezone(z).fold)
# gaps and folds in New York
for h, m, fold in [(1, 59, 0), (2, 30, 0), (2, 30, 1), (3, 0, 0)]:
    d = datetime(2024, 3, 10, h, m, fold=fold, tzinfo=ny)
    print("spring", d, d.tzname(), d.astimezone(timezone.utc))
for h, m, fold in [(0, 59, 0), (1, 30, 0), (1, 30, 1), (2, 0, 0)]:
    d = datetime(2024, 11, 3, h, m, fold=fold, tzinfo=ny)
    print("fall", d, d.tzname(), d.utcoffset(), d.astimezone(timezone.utc))
for hh in range(4, 8):
    u = datetime(2024, 11, 3, hh, 30, tzinfo=timezone.utc)
    l = u.astimezone(ny)
    print("fromutc", u.time(), l, l.fold, l.tzname())
meeting = datetime(2024, 6, 1, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
for tz in ["Europe/Paris", "Asia/Singapore", "America/Chicago"]:
    print(tz, meeting.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M %Z %z"))
print(datetime(2024, 1, 1, tzinfo=ny) - datetime(2023, 12, 31, 20, tzinfo=ZoneInfo("Europe/London")))
print(datetime(2024, 3, 9, 12, tzinfo=ny) + timedelta(days=1), (datetime(2024, 3, 9, 12, tzinfo=ny) + timedelta(days=1)).utcoffset())
for bad in ["Nowhere/Special", "../etc/passwd", "/abs", "", "America"]:
    try: ZoneInfo(bad)
    except Exception as e: print(type(e).__name__, e, isinstance(e, KeyError))
print(pickle.loads(pickle.dumps(ny)) is ny, copy.deepcopy(ny) is ny, pickle.loads(pickle.dumps(datetime(2024, 5, 5, tzinfo=ny))))
print(ny.utcoffset(None), ny.tzname(None), ny.dst(None))
print("America/New_York" in zoneinfo.available_timezones(), len(zoneinfo.available_timezones()) > 300, isinstance(zoneinfo.TZPATH, tuple))
print(datetime.now(ny).tzinfo is ny, datetime.fromtimestamp(0, tz=ny), datetime.fromtimestamp(1e9, ZoneInfo("Asia/Tokyo")))
print(sorted(ZoneInfo("Europe/Paris").tzname(datetime(y, m, 1)) for y in (2020, 2021) for m in (1, 7)))
for bad in ["a/./b", "a/../b", "a//b", "Europe/../America/New_York", ".", "x/"]:
    try: ZoneInfo(bad)
    except Exception as e: print(type(e).__name__, e)
class MyZI(ZoneInfo): pass
m = MyZI("Asia/Tokyo"); print(repr(m), m is ZoneInfo("Asia/Tokyo"), type(m).__name__)
with open("/usr/share/zoneinfo/Europe/Rome", "rb") as f:
    r = ZoneInfo.from_file(f, key="Rome-ish"); print(repr(r), datetime(2024, 8, 1, tzinfo=r).tzname())
with open("/usr/share/zoneinfo/Europe/Rome", "rb") as f:
    r2 = ZoneInfo.from_file(f); print(str(r2).startswith("zoneinfo.ZoneInfo.from_file("), datetime(2024, 1, 1, tzinfo=r2).utcoffset())
try: pickle.dumps(r2)
except Exception as e: print(type(e).__name__, e)
ZoneInfo.clear_cache(); print(ZoneInfo("America/New_York") is ny)
try: ny.fromutc(datetime(2024, 1, 1))
except Exception as e: print(type(e).__name__, e)
try: ny.fromutc(5)
except Exception as e: print(type(e).__name__, e)
