import calendar
calendar.prmonth(2024, 2)
calendar.prcal(2024, w=1, l=1, c=2, m=4)
tc = calendar.TextCalendar(firstweekday=calendar.WEDNESDAY)
tc.prmonth(2023, 4, w=4)
tc.pryear(2022, m=2)
print(tc.formatyear(2021, 2, 1, 6, 3)[:500])
h = calendar.HTMLCalendar(firstweekday=6)
print(h.formatmonth(2024, 3, withyear=False))
print(h.formatyear(2023, width=4)[:800])
print(h.formatyearpage(2023)[:400])
print(h.cssclasses, h.cssclass_noday, h.cssclass_month_head, h.cssclass_year)
class MyHTML(calendar.HTMLCalendar):
    cssclasses = ["wd"] * 5 + ["we"] * 2
    def formatday(self, day, weekday):
        return "<td></td>" if day == 0 else f'<td class="{self.cssclasses[weekday]}">{day:02d}</td>'
print(MyHTML().formatmonth(2024, 6)[:600])
print(calendar.different_locale if hasattr(calendar, "different_locale") else "", calendar.LocaleTextCalendar(locale="C").formatmonthname(2024, 1, 10))
print(list(calendar.Calendar(0).itermonthdays3(2024, 2))[:3], list(calendar.Calendar(0).itermonthdays4(2024, 2))[:2])
print(calendar.Calendar().yeardatescalendar(2024, 3)[0][0][0][:2], len(calendar.Calendar().yeardays2calendar(2024)), calendar.Calendar().getfirstweekday())
print(calendar.weekheader(1), calendar.weekheader(3), calendar.weekheader(9), calendar.month_abbr[0] == "", calendar.day_name[6], calendar.month_name[12])
print(calendar.IllegalMonthError(13), calendar.IllegalWeekdayError(8), calendar.Month(3) if hasattr(calendar, "Month") else "", calendar.Day.MONDAY if hasattr(calendar, "Day") else "")
try: calendar.month(2024, 0)
except calendar.IllegalMonthError as e: print(type(e).__name__, e, isinstance(e, ValueError))
try: calendar.weekday(2024, 2, 30)
except ValueError as e: print(type(e).__name__, e)
print(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.monthrange(1900, 2), calendar.leapdays(2000, 2000), calendar.leapdays(2024, 2000))
print(repr(calendar.formatstring(["a", "b", "c"], 3, 2)) if hasattr(calendar, "formatstring") else "", calendar.EPOCH, calendar.mdays)
print(calendar.timegm((1970, 1, 2, 0, 0, 0, 0, 0, 0)), calendar.timegm((2038, 1, 19, 3, 14, 8)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
with calendar.different_locale("C") as x: print(x, calendar.month_name[1])
try:
    with calendar.different_locale("xx_YY.nothing"): pass
except Exception as e: print(type(e).__name__, e)
