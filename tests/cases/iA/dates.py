import calendar
from datetime import date, datetime, timedelta, timezone, time


def easter(year):
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year, month, weekday, n):
    if n > 0:
        first = date(year, month, 1)
        delta = (weekday - first.weekday()) % 7
        d = first + timedelta(days=delta + 7 * (n - 1))
    else:
        last = date(year, month, calendar.monthrange(year, month)[1])
        delta = (last.weekday() - weekday) % 7
        d = last - timedelta(days=delta + 7 * (-n - 1))
    if d.month != month:
        raise ValueError(f"no {n}th weekday {weekday} in {year}-{month:02d}")
    return d


def age(born, today):
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years


def business_days(start, end, holidays=()):
    days = 0
    d = start
    while d < end:
        if d.weekday() < 5 and d not in holidays:
            days += 1
        d += timedelta(days=1)
    return days


for y in (2000, 2019, 2024, 2025, 2038):
    e = easter(y)
    print(y, e, e.strftime("%a %d %b"), "leap" if calendar.isleap(y) else "common",
          "thanksgiving", nth_weekday(y, 11, calendar.THURSDAY, 4), "memorial", nth_weekday(y, 5, calendar.MONDAY, -1))
try:
    nth_weekday(2024, 2, 0, 5)
except ValueError as e:
    print("ValueError:", e)
born = date(1990, 2, 28)
for today in (date(2024, 2, 27), date(2024, 2, 28), date(2024, 2, 29), date(2025, 1, 1)):
    print(f"age on {today}: {age(born, today)}")
hol = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
print(business_days(date(2024, 12, 20), date(2025, 1, 6), hol), business_days(date(2024, 1, 1), date(2024, 1, 1)))
d = date(2024, 1, 31)
months = []
for i in range(1, 6):
    y, m = divmod(d.month - 1 + i, 12)
    y += d.year
    m += 1
    months.append(date(y, m, min(d.day, calendar.monthrange(y, m)[1])))
print([x.isoformat() for x in months])
dt = datetime(2024, 3, 10, 1, 30, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
print(dt, dt.astimezone(est), dt.astimezone(ist), dt.astimezone(est).utcoffset(), ist.tzname(None), est.tzname(None))
print(dt.timestamp(), datetime.fromtimestamp(1700000000, timezone.utc).isoformat(), dt.isoformat(timespec="seconds"))
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), date(2024, 1, 1) == datetime(2024, 1, 1).date(), dt.replace(tzinfo=None))
try:
    datetime(2024, 1, 1) < dt
except TypeError as e:
    print("TypeError:", e)
print(time(13, 45, 30).strftime("%I:%M:%S %p"), time(0, 0).isoformat(), time(23, 59, 59, 999999) > time(23, 59), time.fromisoformat("08:15"))
print(date.fromordinal(738000), date(2024, 5, 17).toordinal(), date.fromisocalendar(2024, 1, 1), date(2024, 12, 30).isocalendar())
print(calendar.monthcalendar(2024, 2)[0], calendar.weekheader(3), calendar.month_abbr[12], list(calendar.day_name)[:2])
ds = sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)], reverse=True)
print(ds, max(ds) - min(ds), (max(ds) - min(ds)).days // 7)
span = datetime(2024, 3, 1, 12) - datetime(2024, 2, 28, 18, 30)
print(span, span.days, span.seconds, span.total_seconds(), divmod(span.total_seconds(), 3600))
for bad in [lambda: date(2024, 13, 1), lambda: date(2023, 2, 29), lambda: time(24, 0), lambda: date.fromisoformat("2024/01/01"),
            lambda: datetime.strptime("31/02/2024", "%d/%m/%Y"), lambda: date(2024, 1, 1) + 1, lambda: timedelta(days=1) * "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
