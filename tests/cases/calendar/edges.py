import calendar
c = calendar.Calendar()
for a in [(1, 1), (9999, 12), (2024, 2), (2023, 2), (2015, 2)]:
    for f in [c.itermonthdates, c.itermonthdays3, c.itermonthdays4, c.itermonthdays2, c.itermonthdays]:
        try:
            r = list(f(*a))
            print(len(r), r[:2], r[-2:])
        except Exception as e:
            print(type(e).__name__, e)
print(calendar.month(1, 1), calendar.month(9999, 12))
print(calendar.weekday(0, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-400, 3, 1), calendar.weekday(12345, 6, 7))
for f in [lambda: calendar.monthcalendar(2020, 0), lambda: calendar.month(2020, 13), lambda: calendar.weekday(2020, 13, 1),
          lambda: calendar.monthrange(2020, -1), lambda: calendar.setfirstweekday(-1), lambda: calendar.setfirstweekday(7)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(calendar.TextCalendar(7).firstweekday, calendar.TextCalendar(-1).getfirstweekday(), list(calendar.Calendar(10).iterweekdays()))
print(repr(calendar.month_name[0]), calendar.day_name[-1], calendar.month_abbr[-1], calendar.day_abbr[2:5], len(calendar.month_abbr))
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError), calendar.IllegalMonthError(5).month)
print(calendar.MONDAY, calendar.SUNDAY, calendar.mdays, calendar.EPOCH, calendar.January, calendar.February)
for y in (1600, 1700, 1800, 1900, 2000, 2004, 2100, 2023, 2024):
    print(y, calendar.isleap(y), calendar.monthrange(y, 2), calendar.leapdays(y, y + 100), calendar.leapdays(y + 100, y))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2038, 1, 19, 3, 14, 8, 0, 0, 0)), calendar.timegm((1900, 3, 1, 0, 0, 61)), calendar.timegm((2020, 1, 32, 25, 61, 61)))
import time
print(calendar.timegm(time.gmtime(1234567890)))
