"""statistics' accelerator: the inverse of the normal distribution's CDF."""


def _normal_dist_inv_cdf(p, mu, sigma):
    from statistics import NormalDist
    return NormalDist(mu, sigma).inv_cdf(p)
