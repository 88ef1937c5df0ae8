import statistics as st
from fractions import Fraction as F

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119,
        99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87]
for n in (1, 2, 3, 4, 5, 10, 100):
    print(n, st.quantiles(data, n=n), st.quantiles(data, n=n, method='inclusive'))
print(st.quantiles([1, 2]), st.quantiles([1.5, 2.5, 10], n=5))
print(st.quantiles([F(1, 2), F(3), F(7, 3)], n=3))
print(st.quantiles([1, 2], method='inclusive', n=3))
for bad in [dict(n=0), dict(n=-1), dict(method='middle')]:
    try:
        st.quantiles([1, 2, 3], **bad)
    except (ValueError, st.StatisticsError) as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1])
except st.StatisticsError as e:
    print('StatisticsError', e)
