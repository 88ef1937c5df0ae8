import time
print(time.tzname, time.timezone, time.daylight, time.altzone, time.ctime(0), time.ctime(1e9), time.localtime(0))
st = time.localtime(86400 * 400 + 3661)
print(st.tm_zone, st.tm_gmtoff, st.tm_wday, st.tm_yday, time.strftime("%Z %z", st), time.mktime(st))
g = time.gmtime(1700000000)
print(g, g.tm_zone, g.tm_gmtoff, time.strftime("%c|%x|%X|%Z|%z", g), time.asctime(g), repr(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0))))
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, type(info).__name__, sorted(vars(info)), isinstance(info.resolution, float), type(info.monotonic).__name__, type(info.adjustable).__name__)
print(type(time.time_ns()), type(time.monotonic_ns()), type(time.process_time()), type(time.thread_time_ns()), time.sleep(0))
for bad in [lambda: time.sleep(-1), lambda: time.gmtime("x"), lambda: time.strftime("%Y", (1, 2)), lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(5), lambda: time.mktime((1,)), lambda: time.localtime(1e20), lambda: time.get_clock_info("nope")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(time.strftime("%Y-%m-%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%j %U", (2020, 12, 31, 0, 0, 0, 3, 366, 0)))
s = time.struct_time((2021, 5, 6, 7, 8, 9, 3, 126, -1))
print(s, s[:3], s[-1], s.tm_isdst, len(s), s == (2021, 5, 6, 7, 8, 9, 3, 126, -1), hash(s) == hash(tuple(s)), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
print(time.strptime("2021-05-06", "%Y-%m-%d").tm_zone, time.strptime("+0530", "%z").tm_gmtoff, time.strptime("12", "%H"))
print(time.CLOCK_MONOTONIC if hasattr(time, "CLOCK_MONOTONIC") else "", time.CLOCK_REALTIME if hasattr(time, "CLOCK_REALTIME") else "")
