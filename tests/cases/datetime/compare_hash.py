from datetime import date, datetime, time, timedelta, timezone
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
a = datetime(2022, 5, 5, 12, tzinfo=utc)
b = datetime(2022, 5, 5, 14, tzinfo=plus2)
c = datetime(2022, 5, 5, 12)
print(a == b, a != b, a <= b, a < b, hash(a) == hash(b), a - b, b - a)
print(a == c, c == a, a != c, c != b)
for x, y in [(a, b), (b, a), (a, a)]:
    print(x < y, x <= y, x > y, x >= y)
d = {a: "a"}
print(d.get(b), b in d, c in d, len({a, b, a.astimezone(timezone(timedelta(hours=-11)))}))
print(date(2022, 5, 5) in {c: 1}, c.date() in {date(2022, 5, 5): 1})
print(time(12, tzinfo=utc) == time(14, tzinfo=plus2), time(12, tzinfo=utc) < time(13, tzinfo=plus2), hash(time(12, tzinfo=utc)) == hash(time(14, tzinfo=plus2)))
print(time(12) == time(12, tzinfo=utc), time(1) == 1, date(2020, 1, 1) == "2020-01-01", timedelta(0) == 0, timedelta(1) != None)
print(max(date(2020, 1, 1), date(2019, 12, 31)), min([timedelta(-1), timedelta(0), timedelta(hours=-25)]))
print(sorted([time(3), time(1, 59), time(2, tzinfo=None)]))
print(sorted([a, b, a.astimezone(timezone(timedelta(hours=-3))), datetime(2022, 5, 5, 11, 59, tzinfo=utc)]))
print(len({timedelta(0), timedelta(), timedelta(seconds=0.0), timedelta(microseconds=0.4)}))
print(datetime(2022, 5, 5, tzinfo=utc) > datetime(2022, 5, 4, 23, tzinfo=plus2), datetime(2022, 5, 5, fold=1) == datetime(2022, 5, 5))
print([x for x in (a, b, c) if x == a])
print(date(2020, 1, 1).__eq__(5), timedelta(1).__lt__("x"), date(2020, 1, 1).__lt__(1))
