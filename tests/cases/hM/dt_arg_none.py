import datetime as d
for f in [lambda: d.date(2020,1,1).strftime(None), lambda: format(d.date(2020,1,1), None), lambda: d.datetime(2020,1,1).isoformat(None), lambda: d.timezone(d.timedelta(0), None), lambda: d.timezone(d.timedelta(0), 5), lambda: d.datetime.strptime(None, 'x'), lambda: d.datetime.strptime('x', None), lambda: d.date(2020,1,1).strftime(5), lambda: d.time(1).strftime(None), lambda: d.date(2020, 1, 1).__format__(None), lambda: d.time(1).__format__(3)]:
  try: f()
  except TypeError as e: print(e)
print(d.timezone(d.timedelta(0)), d.timezone(d.timedelta(hours=2), 'X'), d.timezone.utc)
try: d.timezone(None)
except TypeError as e: print(e)
import pickle, copy, datetime as d
for tz in [d.timezone.utc, d.timezone(d.timedelta(hours=3)), d.timezone(d.timedelta(hours=-2), "ABC"), d.timezone.min]:
    for p in range(6):
        r = pickle.loads(pickle.dumps(tz, p)); assert r == tz and str(r) == str(tz)
    print(repr(copy.deepcopy(tz)), tz.__reduce__() if hasattr(tz, "__reduce__") else "", tz.__getinitargs__())
print(pickle.loads(pickle.dumps(d.datetime(2020, 1, 1, tzinfo=d.timezone(d.timedelta(hours=5), "Q")))))
