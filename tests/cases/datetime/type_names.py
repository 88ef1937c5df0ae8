from datetime import date, datetime, time, timedelta, timezone
import datetime as D
def show(src):
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for src in ["timedelta(1) < 1", "1 < timedelta(1)", "date(2020, 1, 1) > 'x'", "time(1) <= None", "datetime(2020, 1, 1) >= 2.5",
            "timedelta(1) * 'ab'", "timedelta(1) * timedelta(1)", "date(2020, 1, 1) * 2", "-date(2020, 1, 1)",
            "date(2020, 1, 1) - datetime(2020, 1, 1)", "datetime(2020, 1, 1) - date(2020, 1, 1)", "time(1) + timedelta(1)",
            "timezone.utc + 1", "len(timedelta(1))", "date(2020, 1, 1)[0]", "date(2020, 1, 1).foo", "timedelta(1).days.bar",
            "iter(time(1))", "abs(date(2020, 1, 1))", "hash(timezone.utc) == hash(timezone(timedelta(0)))",
            "type(date(2020, 1, 1).isocalendar()).__name__", "date.__name__", "datetime.__qualname__", "timezone.__module__",
            "date.__module__", "repr(date)", "repr(timedelta)", "repr(D.tzinfo)", "D.IsoCalendarDate if hasattr(D, 'IsoCalendarDate') else 0"]:
    show(src)
