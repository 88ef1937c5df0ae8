from datetime import date, datetime, time
good_dates = ["2020-01-31", "20200131", "2020-W01", "2020-W01-1", "2020W01", "2020W017", "2020-W53-7", "0001-01-01", "9999-12-31", "2004-W53"]
for s in good_dates:
    print(s, repr(date.fromisoformat(s)))
bad_dates = ["2020-1-31", "2020-01-1", "2020/01/31", "202001", "", "2020-01-31T", "2020-W1", "2020-W01-0", "2020-W01-8", "2020-13-01", "2020-02-30", "0000-01-01", "20２0-01-01", "2020-01-31 ", "2021-W53", "2020-W54"]
for s in bad_dates:
    try:
        print(s, repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
good_times = ["04", "0423", "042301", "04:23", "04:23:01", "04:23:01.5", "04:23:01,123", "04:23:01.1234567", "T04:23:01",
              "04:23:01Z", "04:23:01+00:00", "04:23:01-05:30", "04:23:01+0530", "04:23:01+05", "04:23:01.000001+01:02:03",
              "042301.5", "23:59:59.999999", "00:00"]
for s in good_times:
    print(s, repr(time.fromisoformat(s)))
bad_times = ["4", "4:23", "04:2", "04:23:01.", "04:60", "24:00", "04:23:01+5", "04:23:01Z0", "04::23", "04:23:01 ", "", "0423:01"]
for s in bad_times:
    try:
        print(s, repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
good_dts = ["2011-11-04", "20111104", "2011-11-04T00:05:23", "2011-11-04T00:05:23Z", "20111104T000523", "2011-W01-2T00:05:23.283",
            "2011-11-04 00:05:23.283", "2011-11-04 00:05:23.283+00:00", "2011-11-04T00:05:23+04:00", "2011-11-04x12", "2011-11-04T12:30-08",
            "2011W011T1234", "2011-W01T01:02:03", "2020-01-01T00:00:00.000000-23:59:59.999999"]
for s in good_dts:
    x = datetime.fromisoformat(s)
    print(s, repr(x), x.isoformat())
bad_dts = ["2011-11-04T", "2011-11-04T25:00", "2011-11-0400:05", "2011-11-04T00:05:23+24:00", "2011-11-04T00:05:23++01:00", "x", "2011-11-04T00:05:23.283+"]
for s in bad_dts:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for f in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
    try:
        f(20200101)
    except TypeError as e:
        print("TypeError", e)
d = datetime(2021, 3, 4, 5, 6, 7, 89)
for x in (d, d.date(), d.time(), d.replace(tzinfo=datetime.fromisoformat("2000-01-01T00:00+03:00").tzinfo)):
    print(type(x).fromisoformat(x.isoformat()) == x)
