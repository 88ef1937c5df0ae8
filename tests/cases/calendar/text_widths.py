import calendar
tc = calendar.TextCalendar()
for w in (0, 1, 2, 3, 5, 9, 10):
    print(repr(tc.formatmonth(2026, 11, w)))
for l in (0, 1, 2):
    print(repr(tc.formatmonth(2026, 11, 2, l)))
print(tc.formatmonthname(2026, 11, 20), "|", tc.formatmonthname(2026, 11, 20, False), "|", tc.formatmonthname(2026, 11, 5))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 3)), repr(tc.formatday(17, 0, 5)), repr(tc.formatweekday(2, 1)), repr(tc.formatweekday(2, 12)))
print(repr(tc.formatweek([(1, 0), (2, 1), (0, 2)], 3)))
tc.prweek([(1, 0), (2, 1), (0, 2)], 2)
print()
print(calendar.week([(30, 5), (31, 6)], 4), calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
calendar.format(["x", "y"], 4, 1)
print(calendar.calendar(2026, 2, 1, 6, 2))
print(calendar.calendar(2026, 3, 2, 1, 4))
print(calendar.calendar(2026, 1, 0, 0, 1))
print(calendar.calendar(12))
tc.pryear(1999, 2, 1, 3, 6)
