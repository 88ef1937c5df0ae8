# NormalDist on pseudo-random parameters: bit-for-bit equal to CPython.
from statistics import NormalDist
state = [11]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n
for i in range(400):
    mu = (rnd(20001) - 10000) / (1 + rnd(100))
    sigma = (1 + rnd(10000)) / (1 + rnd(300))
    n = NormalDist(mu, sigma)
    x = mu + (rnd(2001) - 1000) / 100 * sigma
    p = (1 + rnd(99999)) / 100000
    m = NormalDist((rnd(2001) - 1000) / 10, (1 + rnd(500)) / 10)
    # pdf/cdf/overlap go through libm (exp/erf): the last bits differ between glibc and
    # wasi-libc, as between CPython builds, so results are compared to 12 significant digits.
    vals = [n.pdf(x), n.cdf(x), n.inv_cdf(p), n.zscore(x), n.overlap(m), (n + m).stdev, (n * 2.5).variance]
    print(i, *[f"{v:.12g}" for v in vals])
