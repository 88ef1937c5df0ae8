from datetime import time, timezone, timedelta, tzinfo
t = time(13, 5, 9, 120)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for x in [time(), time(1), time(1, 2), time(1, 2, 3), time(0, 0, 0, 5), time(23, 59, 59, 999999, fold=1)]:
    print(repr(x), str(x), x.isoformat("minutes"), x.isoformat(timespec="milliseconds"), bool(x))
print(time.min, time.max, time.resolution, repr(time.max))
u = time(12, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(u, repr(u), u.utcoffset(), u.tzname(), u.dst(), u.isoformat())
v = time(16, tzinfo=timezone.utc)
print(u == v, u < v, hash(u) == hash(v), time(12) == time(12, 0), time(12) != time(12, tzinfo=timezone.utc))
print(t.replace(hour=1), repr(t.replace(tzinfo=timezone.utc)), repr(u.replace(tzinfo=None)), repr(t.replace(fold=1)))
print(t.strftime("%H:%M:%S.%f %p %I"), u.strftime("%H %z %Z"), format(t, "%M"), format(t, ""), f"{t:%S}")
print(sorted([time(5), time(1, 30), time(1, 29, 59, 999999)]))
print(time(1, 2, 3, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))))
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print(e)
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6), (-1,)]:
    try:
        time(*args)
    except ValueError as e:
        print(args, e)
try:
    time(1, fold=2)
except ValueError as e:
    print(e)
try:
    time(1, tzinfo="UTC")
except TypeError as e:
    print(e)
try:
    time(1.5)
except TypeError as e:
    print(e)
