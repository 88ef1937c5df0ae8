from datetime import tzinfo, timedelta, datetime, time, timezone

ZERO = timedelta(0)
HOUR = timedelta(hours=1)

def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt

class USEastern(tzinfo):
    # Simple US DST rules: second Sunday of March to first Sunday of November.
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 1))
        if start <= dt.replace(tzinfo=None) < end:
            return HOUR
        return ZERO
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def __repr__(self):
        return "USEastern()"

E = USEastern()
for m in (1, 3, 7, 11, 12):
    d = datetime(2023, m, 10, 12, tzinfo=E)
    print(d, repr(d), d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst, d.astimezone(timezone.utc))
u = datetime(2023, 7, 4, 16, tzinfo=timezone.utc)
print(u.astimezone(E), E.fromutc(u.replace(tzinfo=E)))
a = datetime(2023, 7, 4, 12, tzinfo=E)
print(a == u, a - u, hash(a) == hash(u), a.timestamp(), u.timestamp())
print(a.strftime("%Y-%m-%d %H:%M %Z %z"))

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 7
class Far(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)
class Plain(tzinfo):
    pass
for f in [lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(), lambda: datetime(2020, 1, 1, tzinfo=Bad()).tzname(),
          lambda: datetime(2020, 1, 1, tzinfo=Far()).utcoffset(), lambda: datetime(2020, 1, 1, tzinfo=Plain()).utcoffset(),
          lambda: datetime(2020, 1, 1, tzinfo=Plain()).tzname(), lambda: datetime(2020, 1, 1, tzinfo=Plain()).dst(),
          lambda: Plain().fromutc(datetime(2020, 1, 1)), lambda: time(1, tzinfo=Plain()).utcoffset()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return ZERO
    def tzname(self, dt):
        return self.name
f = Fixed(-90, "M")
d = datetime(2020, 2, 2, 2, 2, tzinfo=f)
print(d, d.isoformat(), d.astimezone(timezone.utc), d.astimezone(Fixed(60, "P")), time(5, tzinfo=f).isoformat())
print(datetime(2020, 2, 2, 0, tzinfo=f) < datetime(2020, 2, 2, 1, tzinfo=timezone.utc))
