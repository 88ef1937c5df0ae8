import csv, io, sys
for f in [lambda: csv.reader([], bad=1), lambda: csv.writer(None, foo=2), lambda: csv.writer(io.StringIO(), foo=2), lambda: csv.register_dialect('x', bad=1), lambda: csv.reader([], dialect='excel', delimiter=';', zzz=0), lambda: list(csv.reader(['a;b'], delimiter=';')), lambda: csv.DictReader(['a'], bad=1).fieldnames]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: sys.getrecursionlimit(1), lambda: sys.exc_info(1), lambda: sys.getdefaultencoding(x=1), lambda: sys.exception(2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
