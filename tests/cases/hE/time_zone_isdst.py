import time, datetime
st = datetime.datetime(2024, 1, 1).timetuple()
print(repr(time.strftime('%Z|%#Z|%z', st)), type(st), st.tm_zone, st.tm_gmtoff)
st2 = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, -1))
print(repr(time.strftime('%Z|%#Z|%z', st2)), st2.tm_zone)
print(repr(time.strftime('%Z|%#Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime('%Z|%#Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, 1))))
