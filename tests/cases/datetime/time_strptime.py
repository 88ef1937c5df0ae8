import time
for args in [("2024-02-29 13:05", "%Y-%m-%d %H:%M"), ("Fri Nov 27 10:00:00 2026",), ("2024 +0530 UTC", "%Y %z %Z"), ("2024 +0530", "%Y %z"),
             ("1 2", "%H %M"), ("Feb 29", "%b %d"), ("2024 100", "%Y %j"), ("2023 10 3", "%Y %W %w"), ("12.5", "%S.%f"), ("2020-W01-1", "%G-W%V-%u"),
             ("gmt", "%Z"), ("-0800", "%z")]:
    st = time.strptime(*args)
    print(args, st, st.tm_zone, st.tm_gmtoff, tuple(st))
for args in [("2023-02-29", "%Y-%m-%d"), ("x", "%Y"), ("2024x", "%Y"), (5, "%Y"), ("5", 5), ("1", "%Q")]:
    try:
        print(time.strptime(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for y in (1, 9, 99, 100, 999, 1999, 2024, 9999):
    print(y, time.strftime("%C|%Y|%G|%g|%y", (y, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.strftime("%Y-%m-%d", time.strptime("2001-02-03", "%Y-%m-%d")))
print(time.mktime(time.strptime("2001-02-03 04:05:06", "%Y-%m-%d %H:%M:%S")), time.gmtime(981173106)[:6])
