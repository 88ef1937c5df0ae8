import statistics

print(statistics.mean([1, 2]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('caught', e)
for f in (statistics.median, statistics.median_low, statistics.median_high,
          statistics.median_grouped, statistics.mode, statistics.pvariance,
          statistics.pstdev, statistics.fmean):
    try:
        f([])
    except statistics.StatisticsError as e:
        print(f.__name__, e)
for f in (statistics.variance, statistics.stdev):
    try:
        f([1])
    except statistics.StatisticsError as e:
        print(f.__name__, e)
for bad in (['a'], [1, 'a'], [1.0, 'x']):
    try:
        statistics.mean(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    statistics.median_grouped(['a'])
except TypeError as e:
    print('TypeError', e)
for args in (([], None), ([1, 2], [1]), ([1, 2], [0, 0])):
    try:
        statistics.fmean(*args)
    except statistics.StatisticsError as e:
        print(e)
try:
    statistics.variance([1])
except statistics.StatisticsError as e:
    err = e
print(type(err).__module__, type(err).__qualname__, err.args)
raise statistics.StatisticsError(*err.args)
