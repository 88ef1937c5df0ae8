from datetime import timedelta
cases = [
    dict(), dict(days=1), dict(seconds=-1), dict(microseconds=-1), dict(weeks=2, days=-3),
    dict(hours=25, minutes=61, seconds=3601), dict(milliseconds=1500), dict(days=0.5),
    dict(seconds=0.1), dict(microseconds=2.5), dict(microseconds=3.5), dict(microseconds=-2.5),
    dict(days=1e-6), dict(minutes=0.0001), dict(hours=1.123456789), dict(weeks=0.3),
    dict(days=-0.25, seconds=3), dict(days=999999999), dict(days=-999999999),
    dict(microseconds=10**12), dict(seconds=-86401), dict(days=True),
]
for kw in cases:
    td = timedelta(**kw)
    print(kw, repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(1, 2, 3, 4, 5, 6, 7))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
for bad in [dict(days=10**9), dict(days=-10**9), dict(weeks=142857143), dict(days="1"), dict(seconds=None), dict(hours=1j)]:
    try:
        print(timedelta(**bad))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    timedelta.max + timedelta.resolution
except OverflowError as e:
    print("OverflowError", e)
try:
    timedelta.min - timedelta(1)
except OverflowError as e:
    print("OverflowError", e)
