from datetime import date, datetime, time, timedelta
for y in (1, 9, 10, 99, 100, 999, 1000, 1899, 1900, 9999):
    d = datetime(y, 3, 4, 5, 6, 7)
    print(y, d, d.isoformat(), d.ctime(), d.strftime("%Y|%y|%C|%G|%g|%j|%a %d %b"), date(y, 1, 1).isocalendar(), repr(d.date()))
    print(datetime.fromisoformat(d.isoformat()) == d, date.fromisoformat(d.date().isoformat()), d.timetuple()[:9])
print(datetime.strptime("0001-01-01", "%Y-%m-%d"), datetime.strptime("0999", "%Y"))
print(date(1, 1, 1).toordinal(), date(1, 12, 31).toordinal(), date(4, 12, 31).toordinal(), date(100, 3, 1).toordinal(), date(400, 12, 31).toordinal())
print(date(1, 1, 1) + timedelta(days=365 * 400 + 97), date(9999, 12, 31) - timedelta(days=3652058))
