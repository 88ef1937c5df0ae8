# Coverage for the calendar rewrite: text layouts, data helpers, errors.
import calendar

for fw in (0, 3, 6):
    tc = calendar.TextCalendar(fw)
    print(tc.formatmonth(2024, 2), end='')
    print(tc.formatmonth(2023, 12, w=4, l=2), end='')
print(calendar.TextCalendar(2).formatyear(2025, w=3, l=1, c=2, m=4), end='')
print(calendar.TextCalendar().formatyear(1900, m=2), end='')
print(calendar.TextCalendar(6).formatyear(2026, w=1, c=1, m=6), end='')
print([calendar.monthrange(y, m) for y, m in ((2024, 2), (1900, 2), (2000, 2), (2023, 11), (9999, 12), (1, 1))])
print([calendar.isleap(y) for y in (1600, 1700, 1900, 2000, 2024, 2023, 0, -4)])
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(-100, 100))
print([calendar.weekday(y, 1, 1) for y in (1, 1970, 2000, 2038, 9999, 10000, 12345, 0)])
print(list(calendar.month_name), list(calendar.month_abbr), calendar.day_name[-1], calendar.day_abbr[:3], len(calendar.day_name))
print(calendar.monthcalendar(2021, 2), calendar.Calendar(6).monthdayscalendar(2021, 2))
print(list(calendar.Calendar(4).iterweekdays()), list(calendar.Calendar(1).itermonthdays2(2022, 5))[:9])
print(list(calendar.Calendar().itermonthdays4(2022, 12))[-4:], list(calendar.Calendar(6).itermonthdates(2020, 3))[0])
print(calendar.Calendar().yeardayscalendar(2022, 5)[2][1][0], len(calendar.Calendar().yeardatescalendar(2022, 4)))
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.week([(1, 0), (0, 1)], 3)))
print(calendar.HTMLCalendar(6).formatmonth(2024, 9))
for bad in (0, 13):
    try:
        calendar.monthrange(2020, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6), end='')
calendar.prmonth(2024, 7)
calendar.setfirstweekday(0)
calendar.format(['a', 'bb'], 5, 2)
print(repr(calendar.formatstring(['x', 'yy', 'zzz'], 4, 1)))
