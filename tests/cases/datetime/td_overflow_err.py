from datetime import timedelta
print(timedelta.max)
timedelta(days=1) * 10**9
