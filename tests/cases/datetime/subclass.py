from datetime import date, datetime, time, timedelta, timezone, tzinfo
import copy

class MyDate(date):
    def __new__(cls, y, m, d, note="n"):
        self = super().__new__(cls, y, m, d)
        self.note = note
        return self
    def describe(self):
        return "%s:%s" % (self.note, self.isoformat())

class MyDT(datetime):
    pass

class MyTD(timedelta):
    def hours(self):
        return self.total_seconds() / 3600

d = MyDate(2020, 5, 6, "x")
print(repr(d), d.describe(), type(d + timedelta(1)).__name__, (d + timedelta(1)).describe(), type(d - timedelta(1)).__name__)
print(type(d.replace(day=7)).__name__, type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)
print(type(d - date(2020, 1, 1)).__name__, d == date(2020, 5, 6), hash(d) == hash(date(2020, 5, 6)))
x = MyDT(2020, 1, 1, 12)
print(repr(x), type(x + timedelta(hours=1)).__name__, type(x.replace(hour=3)).__name__, type(x - timedelta(1)).__name__)
print(type(MyDT.fromisoformat("2020-01-01T10:00")).__name__, type(MyDT.strptime("2020", "%Y")).__name__, type(MyDT.combine(date(2020, 1, 1), time(1))).__name__)
print(type(MyDT.fromtimestamp(0, timezone.utc)).__name__, type(MyDT.utcfromtimestamp(86400)).__name__, type(x.astimezone(timezone.utc)).__name__)
print(type(x.date()).__name__, type(x.time()).__name__, type(x - x).__name__)
t = MyTD(hours=36)
print(repr(t), t.hours(), type(t + t).__name__, type(-t).__name__, type(t * 2).__name__, type(abs(t)).__name__, t == timedelta(hours=36))
print(repr(MyTD(0)), repr(MyTD(seconds=-1)))

for obj in [date(2021, 3, 4), datetime(2021, 3, 4, 5, 6, 7, 8), datetime(2021, 3, 4, 5, tzinfo=timezone(timedelta(hours=2), "X")),
            time(1, 2, 3, 4), time(5, tzinfo=timezone.utc), timedelta(-3, 4, 5), timezone(timedelta(minutes=-90)), timezone.utc]:
    c = copy.copy(obj)
    dc = copy.deepcopy(obj)
    p = copy.copy(copy.deepcopy(obj))
    print(repr(obj), c == obj, dc == obj, p == obj, repr(p))
print(copy.copy(timezone.utc) is timezone.utc, copy.deepcopy(timezone.utc) is timezone.utc)

class T2(time):
    pass
print(repr(T2(4, 5)), type(T2(4).replace(hour=6)).__name__)

calls = []
class Traced(datetime):
    def __new__(cls, *args, **kw):
        calls.append((args, kw))
        return super().__new__(cls, *args, **kw)
    def __init__(self, *args, **kw):
        calls.append("init")
tr = Traced(2020, 1, 2)
for name, f in [("replace", lambda: tr.replace(hour=4, fold=1)), ("add", lambda: tr + timedelta(1)), ("sub", lambda: tr - timedelta(1)),
                ("combine", lambda: Traced.combine(date(2020, 1, 1), time(5, fold=1))), ("fromts", lambda: Traced.fromtimestamp(0)),
                ("utcfromts", lambda: Traced.utcfromtimestamp(86400.5)), ("fromiso", lambda: Traced.fromisoformat("2020-01-01T01:02+01:00")),
                ("strptime", lambda: Traced.strptime("2020", "%Y")), ("fromord", lambda: Traced.fromordinal(5)),
                ("astz", lambda: tr.replace(tzinfo=timezone.utc).astimezone(timezone.utc)),
                ("astz2", lambda: tr.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=1))))]:
    calls.clear()
    r = f()
    print(name, type(r).__name__, r.fold, calls)
print(datetime.combine(date(2020, 1, 1), time(5, fold=1)).fold)
class TT(time):
    def __new__(cls, *args, **kw):
        calls.append((args, kw))
        return super().__new__(cls, *args, **kw)
class DD(date):
    def __new__(cls, *args, **kw):
        calls.append((args, kw))
        return super().__new__(cls, *args, **kw)
calls.clear()
r1 = TT(1).replace(hour=2, fold=1)
r2 = DD(2020, 1, 1).replace(day=2)
r3 = DD(2020, 1, 1) + timedelta(1)
r4 = [DD.fromisoformat("2020-01-01"), DD.fromordinal(3), DD.fromisocalendar(2020, 1, 1)]
print(type(r1).__name__, r1.fold, type(r2).__name__, type(r3).__name__, r4, calls)
