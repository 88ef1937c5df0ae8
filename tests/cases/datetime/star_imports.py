from datetime import *
print(sorted(k for k in dir() if not k.startswith("_")))
print(MINYEAR, MAXYEAR, UTC, date(2020, 1, 1), timedelta(1))
import datetime as D
print(sorted(D.__all__))
