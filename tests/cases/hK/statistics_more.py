import statistics as st, random, math
from fractions import Fraction
from decimal import Decimal
random.seed(7)
for n in [2, 3, 5, 10, 101]:
    xs = [random.gauss(10, 3) for _ in range(n)]
    ys = [x * 0.7 + random.random() for x in xs]
    print(n, st.mean(xs), st.fmean(xs), st.median(xs), st.stdev(xs), st.pstdev(xs), st.variance(xs), st.pvariance(xs), st.geometric_mean([abs(x) + 1 for x in xs]), st.harmonic_mean([abs(x) + 1 for x in xs]))
    if n > 2: print(st.correlation(xs, ys), st.covariance(xs, ys), st.linear_regression(xs, ys), st.quantiles(xs), st.quantiles(xs, n=10, method='inclusive'))
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([True, False]), st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.5, 2.5], mu=2), st.stdev([Fraction(1), Fraction(3)]), st.variance([Decimal('1.5'), Decimal('2.5')]))
print(st.median([1, 2]), st.median([3, 1, 2]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([52, 52, 53, 54]), st.mode(['red', 'blue', 'red']), st.mode([1, 1, 2, 2]), st.multimode([]), st.fmean([1, 2], weights=[3, 1]))
print(st.harmonic_mean([2, 0, 3]) if True else '', st.harmonic_mean([1, 2], weights=[1, 3]), st.geometric_mean([2, 8]), st.pstdev([5]), st.mean(iter([1, 2])), st.mean(range(1, 5)))
for bad in [lambda: st.geometric_mean([0, 1]), lambda: st.geometric_mean([]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.correlation([1], [1]), lambda: st.linear_regression([1, 1], [1, 2]),
            lambda: st.covariance([1, 2], [1]), lambda: st.fmean([]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'), lambda: st.mean(['a']), lambda: st.NormalDist(0, -1), lambda: st.NormalDist().inv_cdf(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(st.linear_regression([1, 2, 3], [1, 2, 3.5], proportional=True), st.variance([1e20, 1e20 + 1, 1e20 + 2]), st.stdev([0.1, 0.2, 0.3]), st.pvariance([Fraction(1, 3), Fraction(2, 3)]))
nd = st.NormalDist(1.5, 0.5)
print(nd.samples(3, seed=42), repr(nd), nd == st.NormalDist(1.5, 0.5), nd - 1, 2 * nd, nd / 2, nd + st.NormalDist(1, 1), nd.variance, nd.median, nd.mode, nd.quantiles(), nd.cdf(2), nd.pdf(2), nd.inv_cdf(0.975))
print(st.NormalDist().inv_cdf(0.001), st.NormalDist().inv_cdf(1e-10), st.NormalDist(0, 1).overlap(st.NormalDist(0.5, 2)))
