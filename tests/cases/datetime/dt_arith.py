from datetime import datetime, date, timedelta, timezone
base = datetime(2000, 2, 28, 23, 30)
for td in [timedelta(hours=1), timedelta(days=1), timedelta(days=366), timedelta(microseconds=-1), timedelta(weeks=-52),
           timedelta(days=365 * 8000), timedelta(seconds=0.000001), timedelta(hours=-24 * 730485)]:
    try:
        print(td, base + td, base - td)
    except OverflowError as e:
        print(td, "OverflowError", e)
print(datetime(2024, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2024, 3, 1) - datetime(2024, 2, 28), datetime(2023, 3, 1) - datetime(2023, 2, 28))
print(datetime.max - datetime.min, datetime.min - datetime.max, date.max - date.min)
print((datetime(2020, 1, 1, 12) - datetime(2020, 1, 1)) / timedelta(minutes=1))
print((datetime(2020, 1, 2) - datetime(2020, 1, 1)).total_seconds())
z = timezone(timedelta(hours=-8))
w = datetime(2020, 1, 1, 20, tzinfo=z)
print(w + timedelta(hours=5), (w + timedelta(hours=5)).tzinfo is z, w - datetime(2020, 1, 2, 4, tzinfo=timezone.utc))
print(date(2020, 1, 31) + timedelta(days=30), date(2020, 3, 31) - timedelta(days=31))
ds = [date(2024, 1, 1) + timedelta(days=i * 37) for i in range(12)]
print([d.isoformat() for d in ds])
print([d.strftime("%a %U %W %V") for d in ds])
total = timedelta()
for i in range(1, 50):
    total += timedelta(seconds=i * 1.1)
print(total, total / 49, total // 49, total * 0.3)
print(divmod(timedelta(days=10), timedelta(days=3)), timedelta(days=10) % timedelta(days=-3))
try:
    divmod(timedelta(1), 2)
except TypeError as e:
    print(e)
