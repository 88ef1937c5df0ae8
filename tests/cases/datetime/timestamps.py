from datetime import datetime, date, timezone, timedelta
for t in [0, 1, -1, 86399, 86400, 951782400, 1e9, 1234567890.123456, 1234567890.1234565, 1234567890.9999996, -0.5, -1.0000004,
          0.0000005, 0.0000015, 0.0000025, 2**31, -2**31, 253402300799, -62135596800 + 86400, 1700000000.25, 1.5e9]:
    u = datetime.utcfromtimestamp(t)
    a = datetime.fromtimestamp(t, timezone.utc)
    b = datetime.fromtimestamp(t, timezone(timedelta(hours=-3, minutes=-30)))
    print(repr(t), u, a, b, a == b, a.timestamp(), b.timestamp(), u.replace(tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(1e9), date.fromtimestamp(1e9), date.fromtimestamp(-1e9), datetime.fromtimestamp(0).timestamp())
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=14))).timestamp(), datetime(1, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.max.replace(tzinfo=timezone.utc).timestamp())
a = datetime(2020, 3, 8, 12, 0, tzinfo=timezone.utc)
for h in (-12, -5, 0, 5.5, 9, 13):
    z = timezone(timedelta(hours=h))
    b = a.astimezone(z)
    print(h, b, b.tzname(), b == a, b - a, b.astimezone(timezone.utc) == a, b.utctimetuple()[:6], b.timetuple()[:6])
n = datetime(2020, 3, 8, 12)
print(n.astimezone(timezone.utc), repr(n.astimezone()), repr(a.astimezone()), a.astimezone(timezone.utc) is a, n.astimezone(timezone(timedelta(hours=1))))
print(datetime(2021, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=5))) - datetime(2021, 1, 1))
