import calendar
for fw in range(7):
    tc = calendar.TextCalendar(fw)
    print(fw, tc.getfirstweekday(), list(tc.iterweekdays()))
    print(tc.formatweekheader(2))
    print(tc.formatweekheader(3))
    print(tc.formatweekheader(9))
    print(tc.formatweekheader(1))
    print(tc.formatmonth(2024, 6))
    print(tc.monthdayscalendar(2024, 6))
calendar.setfirstweekday(calendar.SATURDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2025, 3))
print(calendar.monthcalendar(2025, 3))
calendar.setfirstweekday(0)
print(calendar.month(2025, 3))
tc = calendar.TextCalendar()
tc.firstweekday = 3
print(tc.firstweekday, tc.formatmonth(2022, 10, 3))
