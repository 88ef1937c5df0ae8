# engines: native  (reads /usr/share/zoneinfo, which the sandbox does not mount)
import zoneinfo
from datetime import datetime, timedelta, timezone
for k in ["America/New_York", "Australia/Sydney", "Europe/Dublin", "Africa/Casablanca", "Australia/Lord_Howe", "Antarctica/Troll", "America/Santiago"]:
    z = zoneinfo.ZoneInfo(k)
    res = []
    for year in (1990, 2023, 2045):
        t = datetime(year, 1, 1, tzinfo=timezone.utc)
        prev = t.astimezone(z).utcoffset()
        for h in range(0, 366 * 24, 6):
            u = t + timedelta(hours=h)
            l = u.astimezone(z)
            if l.utcoffset() != prev:
                for dm in range(-360, 61, 30):
                    uu = u + timedelta(minutes=dm)
                    ll = uu.astimezone(z)
                    w0 = ll.replace(tzinfo=None).replace(tzinfo=z, fold=0)
                    w1 = ll.replace(tzinfo=None).replace(tzinfo=z, fold=1)
                    res.append((str(ll), ll.fold, ll.tzname(), str(w0.utcoffset()), str(w1.utcoffset()), w0.tzname(), w1.tzname(), str(w0.dst())))
                prev = l.utcoffset()
    print(k, len(res), res)
