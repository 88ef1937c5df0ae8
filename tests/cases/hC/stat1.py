import statistics as st
from fractions import Fraction
from decimal import Decimal
d = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(d), st.fmean(d), st.median(d), st.median_low(d), st.median_high(d), st.mode(d), st.multimode([1, 1, 2, 2, 3]))
print(st.pstdev(d), st.stdev(d), st.pvariance(d), st.variance(d), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.mean([1.5, 2.5]), st.mean([1, 2]), st.mean([True, False, True]), st.mode("aabbbc"), st.median([3, 1, 2]))
for f, arg in [(st.mean, []), (st.stdev, [1]), (st.variance, [5]), (st.mode, []), (st.median, []), (st.harmonic_mean, [-1, 2]), (st.geometric_mean, [0, 1]), (st.quantiles, [1])]:
    try:
        print(f(arg))
    except st.StatisticsError as e:
        print(f.__name__, type(e).__name__, e)
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3, 4], [2, 4, 6, 8.5]))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 10), round(nd.pdf(100), 10), round(nd.inv_cdf(0.975), 8), nd.quantiles(4))
print(nd + 5, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4]), round(nd.overlap(st.NormalDist(110, 15)), 10), nd.zscore(130))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([Decimal("1"), Decimal("3")]), st.stdev([Decimal("1.5"), Decimal("2.5")]))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]) if False else st.fmean([3.5, 4.5]), st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]))
print(st.mean(x for x in range(5)), st.median_grouped([52, 52, 53, 54], interval=2))
