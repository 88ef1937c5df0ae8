from datetime import datetime, tzinfo, timedelta

class Broken(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1) / 0

d = datetime(2020, 1, 1, tzinfo=Broken())
print(d.tzinfo.__class__.__name__)
print(d.isoformat())
