# Coverage for the statistics rewrite: exact types, error messages, NormalDist.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))


fr = [F(1, 3), F(5, 6), F(3, 2), F(7, 4)]
de = [D('1.5'), D('2.25'), D('0.75'), D('4.125')]
mixed = [1, 2.5, F(1, 2), True]
for name in ('mean', 'median', 'median_low', 'median_high', 'variance', 'pvariance',
             'stdev', 'pstdev', 'harmonic_mean', 'fmean', 'geometric_mean', 'median_grouped'):
    fn = getattr(st, name)
    for label, data in (('int', [3, 1, 4, 1, 5, 9]), ('frac', fr), ('dec', de), ('mixed', mixed)):
        attempt(f'{name} {label}', lambda: fn(data))
attempt('variance xbar', lambda: st.variance(fr, F(1)))
attempt('pstdev mu', lambda: st.pstdev(de, D('2')))
attempt('mode', lambda: st.mode(['b', 'a', 'b', 'a', 'c']))
attempt('multimode', lambda: st.multimode('aabbbcccd'))
attempt('multimode empty', lambda: st.multimode([]))
for name in ('mean', 'median', 'mode', 'variance', 'pvariance', 'stdev', 'pstdev',
             'harmonic_mean', 'fmean', 'geometric_mean', 'median_low', 'median_grouped'):
    attempt(f'{name} empty', lambda: getattr(st, name)([]))
for name in ('variance', 'stdev'):
    attempt(f'{name} one', lambda: getattr(st, name)([1]))
attempt('harmonic neg', lambda: st.harmonic_mean([1, -2]))
attempt('harmonic zero', lambda: st.harmonic_mean([1, 0, 2]))
attempt('harmonic weights', lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
attempt('harmonic weights len', lambda: st.harmonic_mean([40, 60], weights=[5]))
attempt('harmonic one str', lambda: st.harmonic_mean(['x']))
attempt('geometric neg', lambda: st.geometric_mean([1, -1]))
attempt('fmean weights', lambda: st.fmean([1, 2, 3], weights=[3, 2, 1]))
attempt('fmean weights len', lambda: st.fmean([1, 2, 3], weights=[3, 2]))
attempt('fmean weights zero', lambda: st.fmean([1, 2], weights=[1, -1]))
attempt('mean str', lambda: st.mean(['a', 'b']))
attempt('mean coerce', lambda: st.mean([D(1), 1.5]))
attempt('quantiles', lambda: st.quantiles(range(1, 11), n=4))
attempt('quantiles incl', lambda: st.quantiles([F(1), F(2), F(4)], n=3, method='inclusive'))
attempt('quantiles bad', lambda: st.quantiles([1, 2], method='x'))
attempt('quantiles n', lambda: st.quantiles([1, 2], n=0))
attempt('quantiles one', lambda: st.quantiles([1]))
attempt('covariance', lambda: st.covariance([1, 2, 3, 4], [2, 4, 5, 9]))
attempt('correlation', lambda: st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
attempt('correlation const', lambda: st.correlation([1, 1, 1], [1, 2, 3]))
attempt('covariance len', lambda: st.covariance([1, 2], [1]))
attempt('regression', lambda: st.linear_regression([1, 2, 3], [2, 4.5, 6]))
attempt('regression prop', lambda: st.linear_regression([1, 2, 3], [2, 4.5, 6], proportional=True))
attempt('regression const', lambda: st.linear_regression([2, 2], [1, 3]))
attempt('regression one', lambda: st.linear_regression([2], [1]))
nd = st.NormalDist(10, 2)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(11), nd.cdf(11), nd.inv_cdf(0.975), nd.inv_cdf(1e-10), nd.inv_cdf(0.3), nd.zscore(13))
print(nd.quantiles(), nd.quantiles(5), nd.overlap(st.NormalDist(12, 3)), nd.overlap(st.NormalDist(7, 2)))
print(nd + 1, 1 + nd, nd - 1, 1 - nd, nd * -2, -2 * nd, nd / 4, -nd, +nd, nd + st.NormalDist(0, 1.5))
print(nd == st.NormalDist(10.0, 2.0), nd == 3, hash(nd) == hash(st.NormalDist(10, 2)))
print(st.NormalDist.from_samples([2, 4, 4, 4, 5, 5, 7, 9]), len(nd.samples(5, seed=3)))
attempt('sigma neg', lambda: st.NormalDist(0, -1))
z = st.NormalDist(1, 0)
for meth, arg in (('pdf', 1), ('cdf', 1), ('inv_cdf', 0.5), ('zscore', 1)):
    attempt(f'{meth} zero', lambda: getattr(z, meth)(arg))
attempt('inv_cdf range', lambda: nd.inv_cdf(1.0))
attempt('overlap type', lambda: nd.overlap(3))
attempt('overlap zero', lambda: nd.overlap(z))
attempt('from_samples one', lambda: st.NormalDist.from_samples([1]))
print(issubclass(st.StatisticsError, ValueError))
