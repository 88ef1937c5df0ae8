import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(z, y))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y))
print(st.correlation([0.1, 0.5, 0.9], [3.3, 1.2, 7.7]))
lr = st.linear_regression(x, y)
print(lr, lr.slope, lr.intercept, type(lr).__name__)
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
print(st.linear_regression(year, films))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.linear_regression([0.5, 1.5, 2.5], [1, 0, -1]))
s, i = st.linear_regression([1, 2], [3, 5])
print(s, i)
for fn in (st.covariance, st.correlation, st.linear_regression):
    for a, b in [([1, 2], [1]), ([1], [1]), ([1, 1, 1], [1, 2, 3]), ([1, 2, 3], [2, 2, 2])]:
        try:
            print(fn.__name__, fn(a, b))
        except st.StatisticsError as e:
            print(fn.__name__, 'StatisticsError', e)
print(issubclass(st.StatisticsError, ValueError))
