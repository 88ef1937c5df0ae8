import datetime as d, pickle, copy
objs = [d.date(2020, 1, 2), d.time(1, 2, 3, 400000), d.time(23, 59, fold=1, tzinfo=d.timezone.utc), d.datetime(2020, 1, 2, 3, 4, 5, 6, fold=1),
        d.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=d.timezone(d.timedelta(hours=-5), "EST")), d.datetime.min, d.time.max]
for o in objs:
    print(o.__reduce__(), o.__reduce_ex__(2), o.__reduce_ex__(4))
    for p in range(6):
        r = pickle.loads(pickle.dumps(o, p))
        assert r == o and type(r) is type(o), (o, p)
        print(p, getattr(r, "fold", None), pickle.dumps(o, p))
    print(copy.copy(o).__repr__(), repr(copy.deepcopy(o)))
print(d.date(b'\x07\xe4\x01\x02'), d.date('\x07\xe4\x01\x02'), d.datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06', d.timezone.utc).fold)
print(repr(d.time(b'\x81\x02\x03\x00\x00\x04')), repr(d.time('\x01\x02\x03\x00\x00\x04', d.timezone.utc)))
for bad in [lambda: d.date(b'\x07\xe4\x00\x02'), lambda: d.date(b'\x07\xe4\x01'), lambda: d.datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06', 5),
            lambda: d.time(b'\x81\x02\x03\x00\x00\x04', 3), lambda: d.time(b'\x19\x02\x03\x00\x00\x04'), lambda: d.date("abcd"), lambda: d.date("\u1234bcd")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class MyDT(d.datetime): pass
m = pickle.loads(pickle.dumps(MyDT(2020, 5, 6, 7)))
print(type(m).__name__, m)
import datetime as d
for a in [('x',), (1.5,), (2020, 'x'), (2020, 1.0), (2020,1,'d'), (), (2020,), ('x', 1), (None, None, None)]:
  try: d.date(*a)
  except Exception as e: print(type(e).__name__, e)
for a in [('x',), ('x',1), (2020,1,1,'x'), (2020, 1), (2020,), ()]:
  try: d.datetime(*a)
  except Exception as e: print(type(e).__name__, e)
