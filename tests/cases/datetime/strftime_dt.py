from datetime import datetime, date, time, timezone, timedelta
dts = [datetime(2024, 2, 29, 13, 5, 9, 7), datetime(1999, 12, 31, 0, 0, 0), datetime(2021, 1, 3, 23, 59, 59, 999999),
       datetime(1970, 1, 1, 12), datetime(2000, 7, 4, 1, 2, 3, tzinfo=timezone(timedelta(hours=-7), "PDT")),
       datetime(2010, 10, 10, 10, 10, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=7, microseconds=8)))]
fmts = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%d %e %j %m %y %C", "%H %I %M %S %p %f", "%U %W %V %G %g %u %w",
        "%z|%Z", "%c", "%x", "%X", "%D %T %R %F", "%%Y %% %n%t|", "literal text", "", "%Y%m%dT%H%M%S%z", "%%f %%z %f%%"]
for d in dts:
    for f in fmts:
        print(repr(f), repr(d.strftime(f)))
dd = date(2005, 1, 1)
for f in fmts:
    print(repr(f), repr(dd.strftime(f)))
t = time(7, 8, 9, 10, tzinfo=timezone.utc)
for f in fmts:
    print(repr(f), repr(t.strftime(f)))
print(time(18, 30).strftime("%I:%M %p"), time(0, 30).strftime("%I %p"), time(12).strftime("%I %p"))
print(date(2024, 12, 30).strftime("%G-W%V-%u %Y-%U-%w"), date(2027, 1, 1).strftime("%G %V %g"))
print(datetime(2015, 3, 2).strftime("%d/%m/%Y").encode())
