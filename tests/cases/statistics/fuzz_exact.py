# Pseudo-random datasets: results must match CPython bit for bit.
import statistics as st
from fractions import Fraction as F

state = [2024]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n


def value(kind):
    if kind == 0:
        return rnd(2000) - 1000
    if kind == 1:
        return (rnd(10 ** 6) - 5 * 10 ** 5) / (1 + rnd(1000))
    if kind == 2:
        return F(rnd(200) - 100, 1 + rnd(50))
    return (rnd(1000) + 1) * 10.0 ** (rnd(40) - 20)


for i in range(250):
    kind = rnd(4)
    n = 2 + rnd(12)
    data = [value(kind if rnd(5) else rnd(4)) for _ in range(n)]
    out = []
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
               st.variance, st.pvariance, st.stdev, st.pstdev, st.harmonic_mean, st.geometric_mean,
               st.quantiles):
        try:
            out.append(repr(fn(data)))
        except (st.StatisticsError, TypeError, ValueError) as e:
            out.append(type(e).__name__)
    ys = [value(1) for _ in range(n)]
    xs = [float(x) for x in data]
    for fn in (st.covariance, st.correlation, st.linear_regression):
        try:
            out.append(repr(fn(xs, ys)))
        except st.StatisticsError as e:
            out.append('StatisticsError')
    print(i, ' '.join(out))
