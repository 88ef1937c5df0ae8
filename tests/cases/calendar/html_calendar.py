import calendar
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2))
print(h.formatyear(2024, 5))
print(h.formatyear(2023))
print(h.formatyearpage(2022, 4, "x.css", "ascii"))
print(h.formatyearpage(2021, css=None)[:400])
class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
    cssclass_month = "m"
    cssclass_year_head = "yh"
    def formatday(self, day, weekday):
        return super().formatday(day, weekday).upper()
print(Custom().formatyear(2020, 6))
