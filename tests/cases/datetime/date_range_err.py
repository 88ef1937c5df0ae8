import datetime
print(datetime.date(2020, 2, 29))
datetime.date(2019, 2, 29)
