import statistics as st
from fractions import Fraction
from decimal import Decimal
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('1.1'), Decimal('2.2')]))
print(st.fmean([1, 2, 3]), st.geometric_mean([1, 4]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2], weights=[1, 3]))
print(st.median([3, 1, 2]), st.median([4, 1, 2, 3]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_grouped([1, 2, 2, 3, 4]))
print(st.mode([1, 1, 2, 2, 3]), st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode([]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.variance([Fraction(1), Fraction(2), Fraction(4)]), st.variance([Decimal('1.5'), Decimal('2.5'), Decimal('4')]), st.pvariance([1.0, 2.0], mu=1.0))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 101), n=10), st.quantiles([1, 5, 9], n=2, method='inclusive'))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 6.5]))
print(st.mean([True, False, True]), st.median([1]), st.mode([5]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
for fn, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.stdev, [1]), (st.variance, [1]), (st.pstdev, []), (st.harmonic_mean, [-1, 2]), (st.geometric_mean, [0, 1]), (st.quantiles, [1]), (st.fmean, [])]:
    try:
        print(fn(arg))
    except Exception as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1, 2, 3], n=0)
except Exception as e:
    print(type(e).__name__, e)
try:
    st.correlation([1, 2], [1])
except Exception as e:
    print(type(e).__name__, e)
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
try:
    st.mean(['a', 'b'])
except Exception as e:
    print(type(e).__name__, e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 6), round(nd.pdf(100), 8))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), st.NormalDist.from_samples([1, 2, 3, 4]), nd.quantiles(4))
print(round(nd.overlap(st.NormalDist(110, 15)), 6), nd.zscore(130), nd == st.NormalDist(100, 15))
try:
    st.NormalDist(0, -1)
except Exception as e:
    print(type(e).__name__, e)
print(type(st.StatisticsError).__mro__[0].__name__, st.StatisticsError.__bases__)
print(st.mean([1, 2, 3, 4, 4]), st.mean((1, 2)), st.median_grouped([52, 52, 53, 54], interval=2), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.mean(iter([1, 2])), st.mean(range(10)))
