from calendar import *
names = sorted(k for k in dir() if not k.startswith("_"))
print(names)
print(LocaleTextCalendar(6, "C").formatmonth(2024, 2), LocaleHTMLCalendar().formatmonth(2024, 2))
print(isleap(2024), monthrange(2024, 2), weekheader(2), firstweekday())
print(month_name[5], day_abbr[0], MONDAY, SUNDAY)
print(TextCalendar(SUNDAY).formatmonth(2030, 6))
