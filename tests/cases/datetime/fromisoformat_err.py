from datetime import datetime
print(datetime.fromisoformat("2020-01-02T03:04").isoformat())
datetime.fromisoformat("2020-01-02T03:04:")
