import time, datetime
tt = (2024, 3, 5, 7, 8, 9, 1, 65, 0)
print(repr(time.strftime('%Z|%z|%#Z', tt)), repr(time.strftime('%Z|%z', time.gmtime(0))), repr(time.strftime('%Z|%z', time.localtime(0))))
print(repr(datetime.datetime(2024, 1, 1).strftime('%Z|%z|%#Z')), repr(datetime.datetime(2024, 1, 1).timetuple().tm_zone))
