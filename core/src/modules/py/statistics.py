"""Mathematical statistics functions."""

import math
import numbers
import sys
from fractions import Fraction
from bisect import bisect_left, bisect_right
from math import fsum, sqrt, exp, log, erf, fabs, hypot, tau
from operator import mul

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _too_few(func, minimum):
    words = {1: 'one data point', 2: 'two data points'}[minimum]
    return StatisticsError(f'{func} requires at least {words}')


def _Decimal():
    # decimal is not imported just for the isinstance tests
    mod = sys.modules.get('decimal')
    return None if mod is None else mod.Decimal


def _is_decimal_kind(kind):
    dec = _Decimal()
    return dec is not None and issubclass(kind, dec)


# ---------------------------------------------------------------- exact sums

def _as_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) when x is inf or nan."""
    getter = getattr(x, 'as_integer_ratio', None)
    if getter is not None:
        try:
            return getter()
        except (OverflowError, ValueError):
            return x, None
    if hasattr(x, 'numerator') and hasattr(x, 'denominator'):
        return x.numerator, x.denominator
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _result_kind(a, b):
    """Type used to report a result computed from values of types a and b."""
    if a is b or b in (int, bool):
        return a
    if a is int:
        return b
    if issubclass(b, a):
        return b
    if issubclass(a, b) or issubclass(b, int):
        return a
    if issubclass(a, int):
        return b
    for exact, inexact in ((a, b), (b, a)):
        if issubclass(exact, Fraction) and issubclass(inexact, float):
            return inexact
    raise TypeError(f"don't know how to coerce {a.__name__} and {b.__name__}")


class _Tally:
    """Adds up values exactly, grouped by denominator, noting their types."""

    def __init__(self, squares=False):
        self.kinds = []
        self.count = 0
        self.by_den = {}
        self.sq_by_den = {} if squares else None
        self.odd = None          # running sum of inf/nan values, if any

    def add_all(self, values):
        previous = None
        for x in values:
            kind = type(x)
            if kind is not previous and kind not in self.kinds:
                self.kinds.append(kind)
            previous = kind
            self.count += 1
            num, den = _as_ratio(x)
            if den is None:
                self.odd = num if self.odd is None else self.odd + num
                continue
            self.by_den[den] = self.by_den.get(den, 0) + num
            if self.sq_by_den is not None:
                self.sq_by_den[den] = self.sq_by_den.get(den, 0) + num * num
        return self

    def kind(self):
        result = int
        for kind in self.kinds:
            result = _result_kind(result, kind)
        return result

    def total(self):
        if self.odd is not None:
            return self.odd
        result = Fraction(0)
        for den, num in self.by_den.items():
            result += Fraction(num, den)
        return result

    def total_of_squares(self):
        return sum(Fraction(num, den * den) for den, num in self.sq_by_den.items())


def _exact_sum(values):
    tally = _Tally().add_all(values)
    return tally.kind(), tally.total(), tally.count


def _deviations(data, centre=None):
    """(type, sum of squared deviations, mean, count) of data, exactly if finite."""
    if centre is not None:
        kind, total, count = _exact_sum((x - centre) * (x - centre) for x in data)
        return kind, total, centre, count
    tally = _Tally(squares=True).add_all(data)
    kind, n = tally.kind(), tally.count
    if n == 0:
        return kind, Fraction(0), Fraction(0), 0
    if tally.odd is not None:
        return kind, tally.odd, tally.odd, n
    first = tally.total()
    return kind, (n * tally.total_of_squares() - first * first) / n, first / n, n


def _as_kind(value, kind):
    """Give an exact result the type of the data it came from."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if not _is_decimal_kind(kind):
            raise
        return kind(value.numerator) / kind(value.denominator)


def _float_root(num, den):
    """sqrt(num / den) rounded correctly to a float (num >= 0, den > 0)."""
    if not num:
        return 0.0
    # Take an integer root carrying plenty of extra bits; forcing its last bit
    # to 1 when inexact makes the final division round the right way.
    half_shift = max(0, 120 - (num.bit_length() - den.bit_length())) // 2 + 1
    quotient, rest = divmod(num << (2 * half_shift), den)
    root = math.isqrt(quotient)
    if rest or root * root != quotient:
        root |= 1
    return root / (1 << half_shift)


def _decimal_root(num, den):
    """sqrt(num / den) as a Decimal, correctly rounded in the current context."""
    dec = _Decimal()
    if num <= 0:
        if num == 0:
            return dec('0.0')
        num, den = -num, -den
    guess = (dec(num) / dec(den)).sqrt()
    # num/den is compared with the squares of the midpoints between guess and
    # its neighbours, in exact integer arithmetic.
    gn, gd = guess.as_integer_ratio()
    for neighbour, above in ((guess.next_plus(), True), (guess.next_minus(), False)):
        nn, nd = neighbour.as_integer_ratio()
        lhs = 4 * num * (gd * nd) ** 2
        rhs = den * (gd * nn + nd * gn) ** 2
        if (lhs > rhs) if above else (lhs < rhs):
            return neighbour
    return guess


def _root_of(value, kind):
    if _is_decimal_kind(kind):
        return _decimal_root(value.numerator, value.denominator)
    return _float_root(value.numerator, value.denominator)


def _refuse_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def _materialize(data):
    return list(data) if iter(data) is data else data


# ---------------------------------------------------------------- averages

def mean(data):
    """Arithmetic mean of data."""
    kind, total, n = _exact_sum(data)
    if not n:
        raise _too_few('mean', 1)
    return _as_kind(total / n, kind)


def _sized(values):
    try:
        return values, len(values)
    except TypeError:
        values = list(values)
        return values, len(values)


def fmean(data, weights=None):
    """Fast floating point arithmetic mean, with optional weights."""
    try:
        n = len(data)
    except TypeError:
        # Counted as it is consumed (so it is first iterated by the sums below).
        n = 0

        def counted(items):
            nonlocal n
            for n, item in enumerate(items, 1):
                yield item
        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise _too_few('fmean', 1)
        return total / n
    weights, n_weights = _sized(weights)
    weighted = fsum(map(mul, data, weights))
    if n != n_weights:
        raise StatisticsError('data and weights must be the same length')
    scale = fsum(weights)
    if not scale:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / scale


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        logs = fmean(map(log, data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None
    return exp(logs)


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, with optional weights."""
    data = _materialize(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if not n:
        raise _too_few('harmonic_mean', 1)
    if n == 1 and weights is None:
        only = data[0]
        dec = _Decimal()
        if not (isinstance(only, numbers.Real) or (dec is not None and isinstance(only, dec))):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights, weight_total = [1] * n, n
    else:
        weights = _materialize(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_refuse_negative(weights, negative))[1]
    try:
        kind, inverse_total, _ = _exact_sum(
            w / x if w else 0 for w, x in zip(weights, _refuse_negative(data, negative)))
    except ZeroDivisionError:
        return 0
    if inverse_total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_kind(weight_total / inverse_total, kind)


def _ordered(data):
    values = sorted(data)
    if not values:
        raise StatisticsError('no median for empty data')
    return values, len(values) // 2


def median(data):
    """Middle value of data (mean of the two middle values if even)."""
    values, mid = _ordered(data)
    if len(values) & 1:
        return values[mid]
    return (values[mid - 1] + values[mid]) / 2


def median_low(data):
    """Low median of data."""
    values, mid = _ordered(data)
    return values[mid if len(values) & 1 else mid - 1]


def median_high(data):
    """High median of data."""
    values, mid = _ordered(data)
    return values[mid]


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data (50th percentile by interpolation)."""
    values, mid = _ordered(data)
    n = len(values)
    middle = values[mid]
    first = bisect_left(values, middle)
    past = bisect_right(values, middle, lo=first)
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return (middle - width / 2.0) + width * (n / 2 - first) / (past - first)


def _frequencies(data):
    table = {}
    for item in iter(data):
        table[item] = table.get(item, 0) + 1
    return table


def _most_common(data):
    table = _frequencies(data)
    if not table:
        return []
    peak = max(table.values())
    return [item for item, times in table.items() if times == peak]


def mode(data):
    """Most common data point (the first one met on ties)."""
    winners = _most_common(data)
    if not winners:
        raise StatisticsError('no mode for empty data')
    return winners[0]


def multimode(data):
    """List of the most common values, in order of first appearance."""
    return _most_common(data)


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n intervals of equal probability: n - 1 cut points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    values = sorted(data)
    size = len(values)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        span = size - 1
        cuts = []
        for k in range(1, n):
            at, frac = divmod(k * span, n)
            cuts.append((values[at] * (n - frac) + values[at + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        cuts = []
        for k in range(1, n):
            at = min(max(k * span // n, 1), size - 1)
            frac = k * span - at * n
            cuts.append((values[at - 1] * (n - frac) + values[at] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------- spread

def _spread(data, centre, func, minimum):
    # (type, mean squared deviation); a sample (minimum 2) divides by n - 1
    kind, squares, _, n = _deviations(data, centre)
    if n < minimum:
        raise _too_few(func, minimum)
    return kind, squares / (n - minimum + 1)


def variance(data, xbar=None):
    """Sample variance of data."""
    kind, value = _spread(data, xbar, 'variance', 2)
    return _as_kind(value, kind)


def pvariance(data, mu=None):
    """Population variance of data."""
    kind, value = _spread(data, mu, 'pvariance', 1)
    return _as_kind(value, kind)


def stdev(data, xbar=None):
    """Sample standard deviation of data."""
    kind, value = _spread(data, xbar, 'stdev', 2)
    return _root_of(value, kind)


def pstdev(data, mu=None):
    """Population standard deviation of data."""
    kind, value = _spread(data, mu, 'pstdev', 1)
    return _root_of(value, kind)


# ---------------------------------------------------------------- two inputs

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of '
                              'data points')
    if n < 2:
        raise _too_few(what, 2)
    return n


def _centred_sums(x, y, n):
    # (Sxy, Sxx, means) about the means; floats via fsum
    mx, my = fsum(x) / n, fsum(y) / n
    sxy = fsum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = fsum((a - mx) * (a - mx) for a in x)
    return sxy, sxx, mx, my


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = _paired(x, y, 'covariance')
    return _centred_sums(x, y, n)[0] / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = _paired(x, y, 'correlation')
    sxy, sxx, _, my = _centred_sums(x, y, n)
    syy = fsum((b - my) * (b - my) for b in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept): a named tuple."""

    __slots__ = ()
    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0], doc='Alias for field number 0')
    intercept = property(lambda self: self[1], doc='Alias for field number 1')

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % self

    def __getnewargs__(self):
        return tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (ordinary least squares)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = fsum(a * b for a, b in zip(x, y))
        sxx = fsum(a * a for a in x)
    else:
        sxy, sxx, mx, my = _centred_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else my - slope * mx)


# ---------------------------------------------------------------- NormalDist

# Coefficients of the rational approximations in Wichura's algorithm AS241
# (Applied Statistics 37, 1988), highest power first: numerator, denominator.
_AS241 = {
    'central': (
        (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
         4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
         1.3314166789178437745e+2, 3.3871328727963666080e+0),
        (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
         2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
         4.2313330701600911252e+1, 1.0)),
    'near': (
        (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
         1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
         4.63033784615654529590e+0, 1.42343711074968357734e+0),
        (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
         1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
         2.05319162663775882187e+0, 1.0)),
    'tail': (
        (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
         2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
         5.46378491116411436990e+0, 6.65790464350110377720e+0),
        (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
         7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
         5.99832206555887937690e-1, 1.0)),
}


def _poly(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _ratio_at(region, r, factor=None):
    top, bottom = _AS241[region]
    upper = _poly(top, r)
    if factor is not None:
        upper *= factor
    return upper / _poly(bottom, r)


def _standard_quantile(p):
    """z such that P(Z <= z) == p for a standard normal Z (0 < p < 1)."""
    offset = p - 0.5
    if fabs(offset) <= 0.425:
        return _ratio_at('central', 0.180625 - offset * offset, offset)
    r = sqrt(-log(p if offset <= 0.0 else 1.0 - p))
    z = _ratio_at('near', r - 1.6) if r <= 5.0 else _ratio_at('tail', r - 5.0)
    return -z if offset < 0.0 else z


class NormalDist:
    """Normal distribution of a random variable."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Estimate mu and sigma from a sample."""
        kind, squares, centre, n = _deviations(data)
        if n < 2:
            raise _too_few('stdev', 2)
        per_item = squares / (n - 1)
        try:
            spread = _float_root(per_item.numerator, per_item.denominator)
        except AttributeError:
            spread = float(centre) / float(squares)
        return cls(float(centre), spread)

    def samples(self, n, *, seed=None):
        """n random samples from this distribution."""
        import random
        source = random if seed is None else random.Random(seed)
        return [source.gauss(self._mu, self._sigma) for _ in range(n)]

    def _require_spread(self, what):
        if not self._sigma:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._mu
        return exp(gap * gap / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """Probability that a value is at most x."""
        self._require_spread('cdf')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p."""
        if not 0.0 < p < 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal distributions (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        v1, v2 = narrow.variance, wide.variance
        if not (v1 and v2):
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v2 - v1
        dm = fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * narrow._sigma * _ROOT2))
        # the two points where the densities cross
        a = narrow._mu * v2 - wide._mu * v1
        b = narrow._sigma * wide._sigma * sqrt(dm * dm + dv * log(v2 / v1))
        missing = 0.0
        for x in ((a + b) / dv, (a - b) / dv):
            missing += fabs(wide.cdf(x) - narrow.cdf(x))
        return 1.0 - missing

    def zscore(self, x):
        """Standard score of x: how many standard deviations above the mean."""
        self._require_spread('zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean.')
    median = property(lambda self: self._mu, doc='Median.')
    mode = property(lambda self: self._mu, doc='Mode.')
    stdev = property(lambda self: self._sigma, doc='Standard deviation.')
    variance = property(lambda self: self._sigma * self._sigma, doc='Variance.')

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


_ROOT2 = sqrt(2.0)
