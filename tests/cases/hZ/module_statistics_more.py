import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_high(data), st.median_grouped(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([1, 3, 2, 4]), st.mean([1.5, 2]), st.mean([True, False, True]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(data, n=3, method="inclusive"), st.multimode([1, 1, 2, 2, 3]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.median([]), lambda: st.quantiles([1], n=4), lambda: st.harmonic_mean([-1])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e)
nd = st.NormalDist(100, 15); print(nd, round(nd.cdf(115), 4), round(nd.inv_cdf(0.5), 2), nd.mean, nd.stdev, round(nd.pdf(100), 5), nd + 5, nd * 2)
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 6), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 6]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
