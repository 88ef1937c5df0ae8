from datetime import datetime, date, time, timedelta, timezone
tests = ['date(2024, 1)', 'date()', 'datetime(2024)', 'datetime()', 'timedelta(days="1")', 'date.fromisoformat(5)', 'datetime.strptime(1, "%Y")', 'date.today(1)', 'datetime.now(5)', 'datetime.now(tz=1)', 'datetime.fromtimestamp("x")', 'timezone(timedelta(0), 5)', 'datetime(2024, 1, 1).strftime(5)', 'datetime(2024, 1, 1).isoformat(5)', 'datetime(2024, 1, 1).isoformat(sep="ab")', 'date(2024, 1, 1).isoformat(1)', 'datetime(2024, 1, 1, tzinfo=5)', 'time(tzinfo="x")', 'date(2024, 1, 1) + 1', '1 - date(2024, 1, 1)', 'timedelta(1) * "a"', 'timedelta(1) // 1.5', 'timedelta(1) % 2', 'divmod(timedelta(1), 2)', 'timedelta(1) / "x"', 'date(2024, 1, 1) < "x"', 'date(2024,1,1).__format__(5)', 'format(date(2024,1,1), 5)', 'datetime.combine(1, 2)', 'datetime.fromordinal(1.5)', 'date(2024, 1, 1).weekday(1)', 'timedelta(1).total_seconds(1)']
for t in tests:
    try:
        print(t, '=', repr(eval(t)))
    except Exception as e:
        print(t, '!', type(e).__name__, e)
