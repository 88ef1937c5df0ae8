"""Rational numbers (fractions.Fraction)."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# sys.hash_info.modulus and sys.hash_info.inf of 64-bit builds
_MODULUS = (1 << 61) - 1
_INF_HASH = 314159


def _is_digit_run(chunk):
    # decimal digits, optionally grouped by single underscores: 1_000
    return bool(chunk) and all(group.isdecimal() for group in chunk.split('_'))


def _scan(text):
    """(numerator, denominator) written in a Fraction string, or None if malformed."""
    body = text.strip()
    sign = -1 if body[:1] == '-' else 1
    if body[:1] in ('-', '+'):
        body = body[1:]
    if not body[:1].isdecimal() and not (body[:1] == '.' and body[1:2].isdecimal()):
        return None
    top, slash, bottom = body.partition('/')
    if slash:
        if not (_is_digit_run(top) and _is_digit_run(bottom)):
            return None
        num, den = sign * int(top), int(bottom)
        if den == 0:
            raise ZeroDivisionError(f'Fraction({num}, 0)')
        return num, den
    mark = next((i for i, ch in enumerate(body) if ch in 'eE'), None)
    exponent = 0
    if mark is not None:
        body, power = body[:mark], body[mark + 1:]
        if not _is_digit_run(power.lstrip('+-')) or len(power) - len(power.lstrip('+-')) > 1:
            return None
        exponent = int(power)
    whole, _, frac = body.partition('.')
    if whole and not _is_digit_run(whole):
        return None
    # a quirk of the 3.11 grammar lets 'd' letters through here; int() then rejects them
    if frac and not _is_digit_run(frac) and frac.strip('dD'):
        return None
    frac = frac.replace('_', '')
    num = int(whole or '0') * 10 ** len(frac) + (int(frac) if frac else 0)
    den = 10 ** len(frac)
    if exponent > 0:
        num *= 10 ** exponent
    elif exponent < 0:
        den *= 10 ** -exponent
    return sign * num, den


def _is_decimal(x):
    mod = sys.modules.get('decimal')
    return mod is not None and isinstance(x, mod.Decimal)


def _arith(name, exact, inexact):
    """Forward and reflected methods for one binary operator.

    Fractions and ints are combined exactly by exact(x, y); floats and complex
    numbers make the Fraction inexact first and use the builtin operator."""

    def forward(self, other):
        if isinstance(other, (int, Fraction)):
            return exact(self, other)
        if isinstance(other, float):
            return inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(complex(self), other)
        return NotImplemented

    def reflected(self, other):
        if isinstance(other, numbers.Rational):
            return exact(Fraction(other), self)
        for kind, convert in ((numbers.Real, float), (numbers.Complex, complex)):
            if isinstance(other, kind):
                return inexact(convert(other), convert(self))
        return NotImplemented

    forward.__name__ = f'__{name}__'
    reflected.__name__ = f'__r{name}__'
    return forward, reflected


def _plus(x, y):
    return _sum(x.numerator, x.denominator, y.numerator, y.denominator)


def _sum(na, da, nb, db):
    # a/b + c/d over lcm(b, d): the only factors left to cancel divide gcd(b, d),
    # so no gcd of the (possibly huge) full numerator and denominator is needed
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + nb * da, da * db, _normalize=False)
    step = da // g
    top = na * (db // g) + nb * step
    g = math.gcd(top, g)
    if g == 1:
        return Fraction(top, step * db, _normalize=False)
    return Fraction(top // g, step * (db // g), _normalize=False)


def _minus(x, y):
    return _sum(x.numerator, x.denominator, -y.numerator, y.denominator)


def _cancel(a, b):
    # a and b divided by their gcd
    g = math.gcd(a, b)
    return (a // g, b // g) if g > 1 else (a, b)


def _times(x, y):
    # cancel across the two fractions first: both are already in lowest terms
    na, da, nb, db = x.numerator, x.denominator, y.numerator, y.denominator
    na, db = _cancel(na, db)
    nb, da = _cancel(nb, da)
    return Fraction(na * nb, da * db, _normalize=False)


def _over(x, y):
    if not y.numerator:
        # what CPython reports once common factors are cancelled
        top = (x.numerator > 0) - (x.numerator < 0)
        raise ZeroDivisionError(f'Fraction({top}, 0)')
    na, da, nb, db = x.numerator, x.denominator, y.numerator, y.denominator
    na, nb = _cancel(na, nb)
    da, db = _cancel(da, db)
    num, den = na * db, nb * da
    if den < 0:
        num, den = -num, -den
    return Fraction(num, den, _normalize=False)


def _floor_over(x, y):
    return (x.numerator * y.denominator) // (x.denominator * y.numerator)


def _quot_rem(x, y):
    common = x.denominator * y.denominator
    quot, rem = divmod(x.numerator * y.denominator, y.numerator * x.denominator)
    return quot, Fraction(rem, common)


def _remainder(x, y):
    common = x.denominator * y.denominator
    return Fraction((x.numerator * y.denominator) % (y.numerator * x.denominator), common)


class Fraction(numbers.Rational):
    """A rational number: Fraction(numerator=0, denominator=None)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            num = numerator
            if type(num) is int:
                self._numerator, self._denominator = num, 1
                return self
            if isinstance(num, numbers.Rational):
                self._numerator, self._denominator = num.numerator, num.denominator
                return self
            if isinstance(num, float) or _is_decimal(num):
                self._numerator, self._denominator = num.as_integer_ratio()
                return self
            if not isinstance(num, str):
                raise TypeError('argument should be a string or a Rational instance')
            pair = _scan(num)
            if pair is None:
                raise ValueError(f'Invalid literal for Fraction: {num!r}')
            numerator, denominator = pair
        elif type(numerator) is not int or type(denominator) is not int:
            both = (numerator, denominator)
            if not all(isinstance(v, numbers.Rational) for v in both):
                raise TypeError('both arguments should be Rational instances')
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        if denominator == 0:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        if _normalize:
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator, denominator = numerator // common, denominator // common
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Exact Fraction equal to a float (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if isinstance(f, float):
            return cls(*f.as_integer_ratio())
        raise TypeError(f'{cls.__name__}.from_float() only takes floats, '
                        f'not {f!r} ({type(f).__name__})')

    @classmethod
    def from_decimal(cls, dec):
        """Exact Fraction equal to a Decimal (ints are accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if _is_decimal(dec):
            return cls(*dec.as_integer_ratio())
        raise TypeError(f'{cls.__name__}.from_decimal() only takes Decimals, '
                        f'not {dec!r} ({type(dec).__name__})')

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Expand self as a continued fraction, keeping the last two convergents
        # (prev_n/prev_d, last_n/last_d), until the next would have too big a
        # denominator.
        prev_n, prev_d, last_n, last_d = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term, rest = divmod(top, bottom)
            next_d = prev_d + term * last_d
            if next_d > max_denominator:
                break
            prev_n, prev_d, last_n, last_d = last_n, last_d, prev_n + term * last_n, next_d
            top, bottom = bottom, rest
        # The best semiconvergent still within the bound competes with the last
        # convergent; on a tie the convergent wins.
        steps = (max_denominator - prev_d) // last_d
        semi = Fraction(prev_n + steps * last_n, prev_d + steps * last_d, _normalize=False)
        best = Fraction(last_n, last_d, _normalize=False)
        if abs(best - self) <= abs(semi - self):
            return best
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator != 1:
            return f'{self._numerator}/{self._denominator}'
        return str(self._numerator)

    __add__, __radd__ = _arith('add', _plus, operator.add)
    __sub__, __rsub__ = _arith('sub', _minus, operator.sub)
    __mul__, __rmul__ = _arith('mul', _times, operator.mul)
    __truediv__, __rtruediv__ = _arith('truediv', _over, operator.truediv)
    __floordiv__, __rfloordiv__ = _arith('floordiv', _floor_over, operator.floordiv)
    __divmod__, __rdivmod__ = _arith('divmod', _quot_rem, divmod)
    __mod__, __rmod__ = _arith('mod', _remainder, operator.mod)

    def __pow__(self, other):
        if not isinstance(other, numbers.Rational):
            return float(self) ** other
        if other.denominator != 1:
            return float(self) ** float(other)
        n, d, e = self._numerator, self._denominator, other.numerator
        if e < 0:
            # flip the fraction, keeping the sign on top
            n, d, e = (d, n, -e) if n >= 0 else (-d, -n, -e)
        return Fraction(n ** e, d ** e, _normalize=False)

    def __rpow__(self, other):
        whole = self._denominator == 1
        if whole and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, numbers.Rational):
            return Fraction(other.numerator, other.denominator) ** self
        return other ** (self._numerator if whole else float(self))

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __trunc__(self):
        quot = abs(self._numerator) // self._denominator
        return -quot if self._numerator < 0 else quot

    def __int__(self, _index=operator.index):
        return _index(self.__trunc__())

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is not None:
            scale = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * scale), scale)
            return Fraction(round(self / scale) * scale)
        low, rest = divmod(self._numerator, self._denominator)
        doubled = rest * 2
        # exactly half way: go to the even neighbour
        if doubled > self._denominator or (doubled == self._denominator and low % 2):
            return low + 1
        return low

    def __hash__(self):
        # Must agree with hash() of equal ints, floats and Decimals: the value
        # modulo the prime _MODULUS (denominators divisible by it hash as inf).
        try:
            inverse = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            magnitude = _INF_HASH
        else:
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        result = magnitude if self._numerator >= 0 else -magnitude
        return -2 if result == -1 else result

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, numbers.Rational):
            return (self._numerator, self._denominator) == (other.numerator, other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return self == self.from_float(other)
        return other == 0.0

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, other.numerator * self._denominator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return op(self, self.from_float(other))
        return op(0.0, other)

    def __lt__(self, other):
        return self._compare(other, operator.lt)

    def __le__(self, other):
        return self._compare(other, operator.le)

    def __gt__(self, other):
        return self._compare(other, operator.gt)

    def __ge__(self, other):
        return self._compare(other, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
