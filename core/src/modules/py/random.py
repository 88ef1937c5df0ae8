"""Random variable generators (Python layer over the native Mersenne Twister)."""

import _random
from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin,
                  tau as TWOPI, floor as _floor, isfinite as _isfinite)
import os as _os
from os import urandom as _urandom
from _collections_abc import Sequence as _Sequence
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from _sha512 import sha512 as _sha512

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices",
           "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
           "lognormvariate", "normalvariate", "paretovariate", "randbytes",
           "randint", "random", "randrange", "sample", "seed", "setstate",
           "shuffle", "triangular", "uniform", "vonmisesvariate",
           "weibullvariate"]

# Constants of the distribution algorithms (the values are fixed so that
# seeded sequences agree with CPython).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_DEFAULT_STEP = 1

_DEPRECATED_FLOAT = ('non-integer arguments to randrange() have been deprecated '
                     'since Python 3.10 and will be removed in a subsequent version')


def _warn(message, category=None, stacklevel=1):
    import warnings
    warnings.warn(message, category, stacklevel + 1)


def _range_arg(value, what):
    """Integer value of a randrange() argument; integral floats still pass
    with a DeprecationWarning."""
    try:
        return _index(value)
    except TypeError:
        pass
    as_int = int(value)
    if as_int != value:
        _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % what)
    _warn(_DEPRECATED_FLOAT, DeprecationWarning, 3)
    return as_int


def _string_seed_v1(text):
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        acc = ((1000003 * acc) ^ code) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


class Random(_random.Random):
    """Random number generator base class."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialise the generator from *a* (None means system entropy)."""
        textual = isinstance(a, (str, bytes, bytearray))
        if textual and version == 1 and not isinstance(a, bytearray):
            a = _string_seed_v1(a)
        elif textual and version == 2:
            raw = a.encode() if isinstance(a, str) else a
            a = int.from_bytes(raw + _sha512(raw).digest())
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: '
                            'None,\nint, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return an object capturing the internal state."""
        words = super().getstate()
        return (self.VERSION, words, self.gauss_next)

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            _, inner, self.gauss_next = state
        elif version == 2:
            _, inner, self.gauss_next = state
            # Version 2 stored signed words; bring them into 0..2**32-1.
            try:
                inner = tuple(word % (2 ** 32) for word in inner)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        super().setstate(inner)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # Pick the integer source that matches what the subclass overrides:
        # a new random() alone must not be bypassed by getrandbits().
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break
            if 'getrandbits' in own:
                cls._randbelow = cls._below_from_bits
                break
            if 'random' in own:
                cls._randbelow = cls._below_from_floats
                break

    def _below_from_bits(self, n):
        """Uniform integer in [0, n) by rejection sampling on n's bit width."""
        bits = n.bit_length()
        draw = self.getrandbits
        candidate = draw(bits)
        while candidate >= n:
            candidate = draw(bits)
        return candidate

    def _below_from_floats(self, n, maxsize=1 << BPF):
        """Uniform integer in [0, n) using only random()."""
        rand = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \nenough bits "
                  "to choose from a population range this large.\nTo remove the "
                  "range limitation, add a getrandbits() method.")
            return _floor(rand() * n)
        if n == 0:
            return 0
        cutoff = (maxsize - maxsize % n) / maxsize
        value = rand()
        while value >= cutoff:
            value = rand()
        return _floor(value * maxsize) % n

    _randbelow = _below_from_bits
    _randbelow_with_getrandbits = _below_from_bits
    _randbelow_without_getrandbits = _below_from_floats

    # -- integers and sequences ------------------------------------------

    def randbytes(self, n):
        """Generate n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_DEFAULT_STEP):
        """Random item from range(start, stop[, step])."""
        low = _range_arg(start, "arg 1")
        if stop is None:
            if step is not _DEFAULT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if low > 0:
                return self._randbelow(low)
            raise ValueError("empty range for randrange()")
        high = _range_arg(stop, "stop")
        span = high - low
        stride = _range_arg(step, "step")
        if stride == 1:
            if span > 0:
                return low + self._randbelow(span)
            raise ValueError("empty range for randrange() (%d, %d, %d)" %
                             (low, high, span))
        if stride == 0:
            raise ValueError("zero step for randrange()")
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """Random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """One element of the non-empty sequence *seq*."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the items of mutable sequence x in random order (in place)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k unique random elements from a sequence (optionally with counts)."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  For dicts "
                            "or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, p)] for p in picks]
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        # Small populations: partial Fisher-Yates on a copy.  Large ones:
        # draw indices and reject repeats (cheaper than copying).
        limit = 21
        if k > 5:
            limit += 4 ** _ceil(_log(k * 3, 4))
        chosen = [None] * k
        if size <= limit:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                chosen[i] = pool[j]
                pool[j] = pool[size - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                chosen[i] = population[j]
        return chosen

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement (optionally weighted)."""
        rand = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(rand() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = [*_accumulate(weights)]
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                f'argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(cum_weights, rand() * total, 0, top)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions ---------------------------------------
    # The arithmetic below is kept in a fixed evaluation order: seeded
    # results must be bit-identical to CPython's.

    def uniform(self, a, b):
        """Random float between a and b."""
        spread = b - a
        return a + spread * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman-Monahan ratio method)."""
        rand = self.random
        while True:
            a = rand()
            b = 1.0 - rand()
            ratio = NV_MAGICCONST * (a - 0.5) / b
            if ratio * ratio / 4.0 <= -_log(b):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, values produced in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        exponent = self.normalvariate(mu, sigma)
        return _exp(exponent)

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        tail = 1.0 - self.random()
        return -_log(tail) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution with mean angle mu and concentration kappa."""
        rand = self.random
        if kappa <= 1e-6:
            return TWOPI * rand()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            c = _cos(_pi * rand())
            dd = c / (r + c)
            w = rand()
            if w < 1.0 - dd * dd or w <= (1.0 - dd) * _exp(dd):
                break
        inv = 1.0 / r
        cosine = (inv + c) / (1.0 + inv * c)
        if rand() > 0.5:
            return (mu + _acos(cosine)) % TWOPI
        return (mu - _acos(cosine)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        rand = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            root = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - LOG4
            slope = alpha + root
            while True:
                p = rand()
                if not 1e-7 < p < 0.9999999:
                    continue
                q = 1.0 - rand()
                t = _log(p / (1.0 - p)) / root
                x = alpha * _exp(t)
                prod = p * p * q
                lhs = shift + slope * t - x
                if lhs + SG_MAGICCONST - 4.5 * prod >= 0.0 or lhs >= _log(prod):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - rand()) * beta
        # alpha < 1: algorithm GS from Ahrens and Dieter.
        while True:
            u = rand()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if rand() <= _exp(-x):
                    return x * beta
            else:
                x = -_log((b - p) / alpha)
                if rand() <= x ** (alpha - 1.0):
                    return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1]."""
        first = self.gammavariate(alpha, 1.0)
        if not first:
            return 0.0
        return first / (first + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(); no state, cannot be seeded."""

    def random(self):
        """Float in [0.0, 1.0) with 53 random bits."""
        top53 = int.from_bytes(_urandom(7)) >> 3
        return top53 * RECIP_BPF

    def getrandbits(self, k):
        """Non-negative int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes from os.urandom()."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Accepted and ignored."""
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice",
              "randrange", "sample", "shuffle", "choices", "normalvariate",
              "lognormvariate", "expovariate", "vonmisesvariate",
              "gammavariate", "gauss", "betavariate", "paretovariate",
              "weibullvariate", "getstate", "setstate", "getrandbits",
              "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name

# A forked child must not repeat its parent's random sequence.
if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_inst.seed)
