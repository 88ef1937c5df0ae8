from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(100), n.cdf(130), n.cdf(55))
print(n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.01), n.inv_cdf(1e-10), n.inv_cdf(0.3))
print(n.quantiles(), n.quantiles(10))
print(n.zscore(130), n.zscore(85))
std = NormalDist()
for p in [1e-300, 1e-20, 1e-5, 0.001, 0.02, 0.075, 0.1, 0.2, 0.42, 0.5, 0.58, 0.9, 0.925, 0.99,
          0.999999, 1 - 1e-12]:
    print(p, std.inv_cdf(p))
for i in range(1, 200):
    p = i / 200
    assert abs(std.cdf(std.inv_cdf(p)) - p) < 1e-12
print([round(std.inv_cdf(i / 100), 12) for i in range(1, 100, 7)])
a, b = NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)
print(a.overlap(b), b.overlap(a), a.overlap(a), NormalDist(0, 1).overlap(NormalDist(5, 1)))
print(a + b, a - b, a + 1, 1 + a, a - 1, 10 - a, a * 2, 3 * a, a / 2, -a, +a, a * -2)
print(a == NormalDist(2.4, 1.6), a == b, a == 5, hash(a) == hash(NormalDist(2.4, 1.6)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist(1, 0).mean, NormalDist(mu=3), NormalDist(sigma=2))
for f in (lambda: NormalDist(1, -1), lambda: NormalDist(1, 0).cdf(1),
          lambda: NormalDist(1, 0).pdf(1), lambda: std.inv_cdf(0), lambda: std.inv_cdf(1.5),
          lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: NormalDist(1, 0).zscore(2),
          lambda: NormalDist(1, 0).overlap(std), lambda: std.overlap(5),
          lambda: NormalDist.from_samples([1])):
    try:
        f()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(len(std.samples(5, seed=1)))
