import time, datetime
st = time.gmtime(1700000000)
for d in "aAbBcdHIjmMpSUwWxXyYzZGuVgeClnRrtTDFsk%":
    try:
        print(d, repr(time.strftime("%" + d, st)))
    except ValueError as e:
        print(d, "ValueError", e)
dt = datetime.datetime(2024, 1, 7, 15, 4, 5, 123456, tzinfo=datetime.timezone.utc)
for d in "aAbBcdfHIjmMpSUwWxXyYzZGuV%":
    print(d, repr(dt.strftime("%" + d)))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f%z"), datetime.date(2024, 12, 30).isocalendar(), datetime.date(2021, 1, 3).strftime("%G-W%V-%u"))
print(datetime.datetime.strptime("2024-01-07 03:04:05 PM", "%Y-%m-%d %I:%M:%S %p"), datetime.datetime.strptime("Sun Jan  7 2024", "%a %b %d %Y"), datetime.datetime.strptime("+0530", "%z").tzinfo)
print(datetime.datetime.strptime("2024 7 1", "%Y %W %w") if False else "", datetime.datetime.strptime("24/1/7", "%y/%m/%d"), datetime.datetime.strptime("1.5", "%S.%f") if False else "")
for bad in (("2024-13-01", "%Y-%m-%d"), ("x", "%d"), ("2024-01-01 extra", "%Y-%m-%d")):
    try:
        datetime.datetime.strptime(*bad)
    except ValueError as e:
        print(e)
