"""Decimal fixed and floating point arithmetic (General Decimal Arithmetic)."""

import math
import sys as _sys
import numbers

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
    'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---- signals ----

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Signal order of the C implementation (dict order of flags and traps).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_NO_SIGNALS = dict.fromkeys(_SIGNALS, False)
# Order in which a Context repr lists set flags and traps.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow)
# Order of the conditions listed in a raised exception's argument.
_COND_ORDER = (InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext, FloatOperation, DivisionByZero,
               Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped)
_INVALID = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)


# sys.hash_info.modulus on 64-bit builds, and the inverse of 10 modulo it.
_HASH_MOD = (1 << 61) - 1
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


_SIGNAL_OF = {c: InvalidOperation for c in _INVALID}


def _signal_of(cond):
    return _SIGNAL_OF.get(cond, cond)


class _SignalDict(dict):
    __slots__ = ()

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError('valid values for signals are:\n'
                           '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                           '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                           '   Clamped]')
        dict.__setitem__(self, key, bool(value))

    def copy(self):
        d = _SignalDict(self)
        return d


_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'


def _signal_dict(init):
    d = _SignalDict(_NO_SIGNALS)
    if not init and init is not None and not isinstance(init, dict):
        return d
    if isinstance(init, dict):
        if len(init) != len(_SIGNALS) or any(s not in init for s in _SIGNALS):
            raise KeyError('invalid signal dict')
        for k, v in init.items():
            d[k] = v
    elif init is not None:
        for k in init:
            d[k] = True
    return d


# ---- context ----

def _check_rounding(v):
    if v not in _ROUNDINGS:
        raise TypeError('valid values for rounding are:\n'
                        '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                        '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                        '   ROUND_05UP]')
    return v


class Context(object):
    """Arithmetic context: precision, rounding, exponent limits, flags, traps."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                 'flags', 'traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dc.traps if dc else [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_dict(traps)
        self.flags = _signal_dict(flags)

    def _int_attr(self, value, lo, hi, msg):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not -2 ** 63 <= value < 2 ** 63:
            raise OverflowError('Python int too large to convert to C ssize_t')
        if not lo <= value <= hi:
            raise ValueError(msg)
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        self._prec = self._int_attr(v, 1, MAX_PREC,
                                    'valid range for prec is [1, MAX_PREC]')

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        self._Emin = self._int_attr(v, MIN_EMIN, 0,
                                    'valid range for Emin is [MIN_EMIN, 0]')

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        self._Emax = self._int_attr(v, 0, MAX_EMAX,
                                    'valid range for Emax is [0, MAX_EMAX]')

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        self._capitals = self._int_attr(v, 0, 1,
                                        'valid values for capitals are 0 or 1')

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        self._clamp = self._int_attr(v, 0, 1,
                                     'valid values for clamp are 0 or 1')

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        self._rounding = _check_rounding(v)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def __repr__(self):
        fl = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        tr = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, ', '.join(fl), ', '.join(tr)))

    def clear_flags(self):
        dict.update(self.flags, _NO_SIGNALS)

    def clear_traps(self):
        dict.update(self.traps, _NO_SIGNALS)

    def copy(self):
        c = object.__new__(Context)
        c._prec, c._rounding, c._Emin, c._Emax = self._prec, self._rounding, self._Emin, self._Emax
        c._capitals, c._clamp = self._capitals, self._clamp
        c.flags, c.traps = _SignalDict(self.flags), _SignalDict(self.traps)
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def _raise(self, conds):
        """Record the conditions of one operation; raise if any is trapped."""
        trapped = None
        flags, traps = self.flags, self.traps
        for c in conds:
            s = _SIGNAL_OF.get(c, c)
            dict.__setitem__(flags, s, True)
            if traps[s]:
                trapped = trapped or []
                trapped.append(c)
        if trapped:
            exc = None
            for s in _SIGNALS:
                if any(_signal_of(c) is s for c in trapped):
                    exc = s
                    break
            raise exc([c for c in _COND_ORDER if c in trapped])

    # Operations, delegated to Decimal.
    def create_decimal(self, num='0'):
        if isinstance(num, str) and num != num.strip():
            self._raise([ConversionSyntax])
            return Decimal('NaN')
        d = Decimal(num, context=self)
        if d._is_special():
            if d._exp in ('n', 'N') and d._int and _ndigits(d._int) > self._prec - self._clamp:
                self._raise([ConversionSyntax])
                return Decimal('NaN')
            return d
        return d._finish(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._finish(self)

    def _d(self, x):
        return _to_decimal(x, True)

    def abs(self, a):
        return self._d(a).__abs__(context=self)

    def add(self, a, b):
        return self._d(a).__add__(self._d(b), context=self)

    def subtract(self, a, b):
        return self._d(a).__sub__(self._d(b), context=self)

    def multiply(self, a, b):
        return self._d(a).__mul__(self._d(b), context=self)

    def divide(self, a, b):
        return self._d(a).__truediv__(self._d(b), context=self)

    def divide_int(self, a, b):
        return self._d(a).__floordiv__(self._d(b), context=self)

    def remainder(self, a, b):
        return self._d(a).__mod__(self._d(b), context=self)

    def divmod(self, a, b):
        return self._d(a).__divmod__(self._d(b), context=self)

    def power(self, a, b, modulo=None):
        return self._d(a).__pow__(self._d(b), modulo, context=self)

    def plus(self, a):
        return self._d(a).__pos__(context=self)

    def minus(self, a):
        return self._d(a).__neg__(context=self)

    def sqrt(self, a):
        return self._d(a).sqrt(context=self)

    def exp(self, a):
        return self._d(a).exp(context=self)

    def ln(self, a):
        return self._d(a).ln(context=self)

    def log10(self, a):
        return self._d(a).log10(context=self)

    def compare(self, a, b):
        return self._d(a).compare(b, context=self)

    def max(self, a, b):
        return self._d(a).max(b, context=self)

    def min(self, a, b):
        return self._d(a).min(b, context=self)

    def quantize(self, a, b):
        return self._d(a).quantize(b, context=self)

    def normalize(self, a):
        return self._d(a).normalize(context=self)

    def to_integral_value(self, a):
        return self._d(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._d(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return self._d(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._d(a).to_eng_string(context=self)

    def is_zero(self, a):
        return self._d(a).is_zero()

    def is_signed(self, a):
        return self._d(a).is_signed()

    def is_finite(self, a):
        return self._d(a).is_finite()

    def is_nan(self, a):
        return self._d(a).is_nan()

    def copy_abs(self, a):
        return self._d(a).copy_abs()

    def copy_negate(self, a):
        return self._d(a).copy_negate()

    def next_plus(self, a):
        return self._d(a).next_plus(context=self)

    def next_minus(self, a):
        return self._d(a).next_minus(context=self)

    def fma(self, a, b, c):
        return self._d(a).fma(b, c, context=self)

    def scaleb(self, a, b):
        return self._d(a).scaleb(b, context=self)

    def remainder_near(self, a, b):
        return self._d(a).remainder_near(b, context=self)

    def compare_signal(self, a, b):
        return self._d(a).compare_signal(b, context=self)

    def max_mag(self, a, b):
        return self._d(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return self._d(a).min_mag(b, context=self)

    def logb(self, a):
        return self._d(a).logb(context=self)

    def same_quantum(self, a, b):
        return self._d(a).same_quantum(b)

    def number_class(self, a):
        return self._d(a).number_class(context=self)

    def is_normal(self, a):
        return self._d(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._d(a).is_subnormal(context=self)

    def is_infinite(self, a):
        return self._d(a).is_infinite()

    def is_qnan(self, a):
        return self._d(a).is_qnan()

    def is_snan(self, a):
        return self._d(a).is_snan()

    def is_canonical(self, a):
        return self._d(a).is_canonical()

    def copy_decimal(self, a):
        return self._d(a)

    def copy_sign(self, a, b):
        return self._d(a).copy_sign(b)

    def next_toward(self, a, b):
        return self._d(a).next_toward(b, context=self)

    def radix(self):
        return Decimal(10)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def compare_total(self, a, b):
        return self._d(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._d(a).compare_total_mag(b)

    def logical_and(self, a, b):
        return self._d(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return self._d(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return self._d(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return self._d(a).logical_invert(context=self)

    def rotate(self, a, b):
        return self._d(a).rotate(b, context=self)

    def shift(self, a, b):
        return self._d(a).shift(b, context=self)


# ---- current context ----

_current = [None]


def getcontext():
    """Return the current context."""
    ctx = _current[0]
    if ctx is None:
        ctx = _current[0] = DefaultContext.copy()
    return ctx


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def setcontext(context):
    """Set the current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new):
        self.new = new

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *args):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """Context manager that runs its block under a copy of ctx (or of the current context)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                     'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k in ('flags', 'traps'):
            v = _signal_dict(v)
        setattr(new, k, v)
    return _ContextManager(new)


# ---- helpers on coefficients ----

def _unlimited(conv, x):
    # Coefficients may exceed sys.int_max_str_digits (C decimal has no such limit).
    old = _sys.get_int_max_str_digits()
    _sys.set_int_max_str_digits(0)
    try:
        return conv(x)
    finally:
        _sys.set_int_max_str_digits(old)


def _istr(n):
    try:
        return str(n)
    except ValueError:
        return _unlimited(str, n)


def _iint(s):
    try:
        return int(s)
    except ValueError:
        return _unlimited(int, s)


_POW10 = {}


def _pow10(k):
    p = _POW10.get(k)
    if p is None:
        if len(_POW10) > 512:
            _POW10.clear()
        p = _POW10[k] = 10 ** k
    return p


def _ndigits(n):
    """Decimal digits of a non-negative int (1 for zero)."""
    if n < 1000000000000000000:
        return len(str(n))
    # 10**k <= 2**(bits-1) <= n: the answer is k+1 or k+2 (the loops fix any float slip).
    k = int((n.bit_length() - 1) * 0.30102999566398120)
    while _pow10(k) > n:
        k -= 1
    while _pow10(k + 1) <= n:
        k += 1
    return k + 1


def _strip_zeros(n, limit):
    """(n without up to `limit` trailing decimal zeros, how many were removed)."""
    if limit <= 0 or n % 10:
        return n, 0
    if not n:
        return n, limit
    limit = min(limit, _ndigits(n) - 1)
    removed = 0
    step = 1
    while step * 2 <= limit:
        step *= 2
    while step:
        if removed + step <= limit:
            q, r = divmod(n, _pow10(step))
            if not r:
                n = q
                removed += step
                continue
        step //= 2
    return n, removed


def _round_int(sign, coeff, drop, mode):
    """Drop the `drop` low digits of coeff; returns (new coeff, inexact)."""
    if drop <= 0:
        return coeff, False
    if coeff.bit_length() * 0.30103 + 2 < drop:
        # coeff < 10**(drop-1): the quotient is 0, the remainder non-zero and below half
        # (no power of ten of `drop` digits needed: drop can be about 10**9).
        if not coeff:
            return 0, False
        up = (mode == ROUND_UP or mode == ROUND_05UP or (mode == ROUND_CEILING and sign == 0)
              or (mode == ROUND_FLOOR and sign == 1))
        return (1 if up else 0), True
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = sign == 0
    elif mode == ROUND_FLOOR:
        up = sign == 1
    elif mode == ROUND_HALF_UP:
        up = r >= half
    elif mode == ROUND_HALF_DOWN:
        up = r > half
    elif mode == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent): a named tuple."""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0], doc='Alias for field number 0')
    digits = property(lambda self: self[1], doc='Alias for field number 1')
    exponent = property(lambda self: self[2], doc='Alias for field number 2')

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self

    def __getnewargs__(self):
        return tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kw):
        return DecimalTuple(*[kw.pop(f, v) for f, v in zip(self._fields, self)])


def _to_decimal(x, raise_type=False):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)
    return NotImplemented


def _parse(s):
    """(sign, coeff, exp) from a decimal string, exp 'F'/'n'/'N' for specials; None if bad."""
    s = s.strip().replace('_', '')
    if not s.isascii():
        s = ''.join(str(int(c)) if c.isdecimal() else c for c in s)
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, tag in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, _iint(payload or '0'), tag
    mant, exp = s, '0'
    for i, c in enumerate(s):
        if c in 'eE':
            mant, exp = s[:i], s[i + 1:]
            e = exp[1:] if exp[:1] in ('+', '-') else exp
            if not e.isdigit():
                return None
            break
    ip, _, fp = mant.partition('.')
    if not (ip or fp) or (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    return sign, _iint(ip + fp), int(exp) - len(fp)


def _nan_result(ctx, a, b=None):
    """Result of an operation with NaN operands, or None if there are none."""
    if a._exp.__class__ is int and (b is None or b._exp.__class__ is int):
        return None
    for x in (a, b):
        if x is not None and x._exp == 'N':
            ctx._raise([InvalidOperation])
            return _fit_nan(Decimal._new(x._sign, x._int, 'n'), ctx)
    for x in (a, b):
        if x is not None and x._exp == 'n':
            return _fit_nan(x, ctx)
    return None


def _fit_nan(x, ctx):
    """Keep only the low prec - clamp digits of a NaN's payload."""
    keep = ctx._prec - ctx._clamp
    if x._int and _ndigits(x._int) > keep:
        return Decimal._new(x._sign, x._int % 10 ** keep if keep > 0 else 0, x._exp)
    return x


def _invalid(ctx, cond=InvalidOperation):
    ctx._raise([cond])
    return Decimal._new(0, 0, 'n')


class Decimal(object):
    """Floating point decimal number: Decimal(value='0', context=None)."""

    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _ctx(context)
                ctx._raise([ConversionSyntax])
                parsed = (0, 0, 'n')
            self._sign, self._int, self._exp = parsed
            return self
        if isinstance(value, int):
            value = int(value)      # bool and int subclasses hold a plain int
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            return self
        if isinstance(value, float):
            ctx = _ctx(context)
            ctx._raise([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1) or not isinstance(sign, int):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if not isinstance(digits, (tuple, list)):
                raise ValueError('coefficient must be a tuple of digits')
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + d
            if exp in ('F', 'n', 'N'):
                self._sign, self._int, self._exp = sign, (0 if exp == 'F' else coeff), exp
                return self
            if isinstance(exp, str):
                raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            self._sign, self._int, self._exp = sign, coeff, exp
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def _new(cls, sign, coeff, exp):
        self = object.__new__(Decimal)
        self._sign = sign
        self._int = coeff
        self._exp = exp
        return self

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (or int) to Decimal."""
        if isinstance(f, int):
            d = Decimal(f)
        elif not isinstance(f, float):
            raise TypeError('argument must be int or float')
        elif math.isnan(f):
            d = cls._new(0, 0, 'n')
        elif math.isinf(f):
            d = cls._new(1 if f < 0 else 0, 0, 'F')
        else:
            sign = 1 if math.copysign(1.0, f) < 0 else 0
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = cls._new(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # ---- predicates and accessors ----

    def _is_special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_zero(self):
        return not isinstance(self._exp, str) and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special() or not self._int:
            return False
        ctx = _ctx(context)
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        if self._is_special() or not self._int:
            return False
        ctx = _ctx(context)
        return self.adjusted() < ctx._Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        if self._is_special():
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        digits = () if self._exp in ('n', 'N') and not self._int else tuple(
            int(c) for c in _istr(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        n, e = self._int, self._exp
        if e >= 0:
            n, d = n * 10 ** e, 1
        else:
            d = 10 ** -e
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def canonical(self):
        return self

    def copy_abs(self):
        return Decimal._new(0, self._int, self._exp)

    def copy_negate(self):
        return Decimal._new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        _ctx(context)
        other = _to_decimal(other, True)
        return Decimal._new(other._sign, self._int, self._exp)

    # ---- string forms ----

    def __repr__(self):
        return "Decimal('%s')" % self

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._exp in ('n', 'N'):
            return sign + ('s' if self._exp == 'N' else '') + 'NaN' + (
                _istr(self._int) if self._int else '')
        digits = _istr(self._int)
        exp = self._exp
        left = exp + len(digits)  # digits left of the point in plain notation
        if exp <= 0 and left > -6:
            point = left
        elif not eng:
            point = 1
        elif self._int == 0:
            point = (left + 1) % 3 - 1
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            body = '0.' + '0' * -point + digits
        elif point >= len(digits):
            body = digits + '0' * (point - len(digits))
        else:
            body = digits[:point] + '.' + digits[point:]
        shown = left - point
        if shown:
            ctx = _ctx(context)
            body += ('E' if ctx._capitals else 'e') + '%+d' % shown
        return sign + body

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    # ---- conversions ----

    def __bool__(self):
        return self._is_special() or self._int != 0

    def __float__(self):
        if self._exp in ('n', 'N'):
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __int__(self):
        if self._exp in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, mode):
        if self._exp in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        n, _ = _round_int(self._sign, self._int, -self._exp, mode)
        if self._exp > 0:
            n *= 10 ** self._exp
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(Decimal._new(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._exp == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._exp == 'n':
            return object.__hash__(self)
        if self._exp == 'F':
            return -314159 if self._sign else 314159
        mod = _HASH_MOD
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, mod) % mod
        else:
            h = self._int * pow(_HASH_10INV, -self._exp, mod) % mod
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- rounding to a context ----

    def _finish(self, ctx):
        """Round a finite or special result to ctx and signal accordingly."""
        if self._is_special():
            return _fit_nan(self, ctx) if self._exp == 'n' else self
        sign, coeff, exp = self._sign, self._int, self._exp
        prec = ctx._prec
        if coeff:
            nd = _ndigits(coeff)
            adj = exp + nd - 1
            # Common case: fits the precision and the exponent range untouched.
            if (nd <= prec and ctx._Emin <= adj <= ctx._Emax
                    and not (ctx._clamp and exp > ctx._Emax - prec + 1)):
                return self
        conds = []
        etiny = ctx._Emin - ctx._prec + 1
        etop = ctx._Emax - ctx._prec + 1
        if coeff == 0:
            lim = etop if ctx._clamp else ctx._Emax
            e = min(max(exp, etiny), lim)
            if e != exp:
                ctx._raise([Clamped])
            return self if e == exp else Decimal._new(sign, 0, e)
        nd = _ndigits(coeff)
        adj = exp + nd - 1
        target = max(exp, adj - ctx._prec + 1, etiny)
        subnormal = adj < ctx._Emin
        if target > exp:
            coeff, inexact = _round_int(sign, coeff, target - exp, ctx._rounding)
            exp = target
            if _ndigits(coeff) > ctx._prec:
                coeff //= 10
                exp += 1
            conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
                if subnormal:
                    conds += [Subnormal, Underflow]
                    if coeff == 0:
                        conds.append(Clamped)
            elif subnormal:
                conds.append(Subnormal)
        elif subnormal:
            conds.append(Subnormal)
        if coeff and exp + _ndigits(coeff) - 1 > ctx._Emax:
            conds = [Overflow, Inexact, Rounded]
            mode = ctx._rounding
            to_inf = (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                      or (mode == ROUND_CEILING and not sign)
                      or (mode == ROUND_FLOOR and sign))
            ctx._raise(conds)
            if to_inf:
                return Decimal._new(sign, 0, 'F')
            return Decimal._new(sign, 10 ** ctx._prec - 1, etop)
        if ctx._clamp and exp > etop:
            coeff *= 10 ** (exp - etop)
            exp = etop
            conds.append(Clamped)
        if conds:
            ctx._raise(conds)
        return Decimal._new(sign, coeff, exp)

    # ---- arithmetic ----

    def __pos__(self, context=None):
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        if not self._is_special() and self._int == 0 and ctx._rounding != ROUND_FLOOR:
            return Decimal._new(0, 0, self._exp)._finish(ctx)
        return self._finish(ctx)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        if not self._is_special() and self._int == 0 and ctx._rounding != ROUND_FLOOR:
            return Decimal._new(0, 0, self._exp)._finish(ctx)
        return Decimal._new(1 - self._sign, self._int, self._exp)._finish(ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def __add__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        a, b = self, other
        if a._exp == 'F' or b._exp == 'F':
            if a._exp == 'F' and b._exp == 'F' and a._sign != b._sign:
                return _invalid(ctx)
            return a if a._exp == 'F' else b
        exp = min(a._exp, b._exp)
        if not a._int or not b._int:
            # Zero operand: the exponent stays the smaller one.
            if not a._int and not b._int:
                if a._sign and b._sign:
                    sign = 1
                elif a._sign != b._sign and ctx._rounding == ROUND_FLOOR:
                    sign = 1
                else:
                    sign = 0
                return Decimal._new(sign, 0, exp)._finish(ctx)
            nz = b if not a._int else a
            return Decimal._new(nz._sign, nz._int * 10 ** (nz._exp - exp), exp)._finish(ctx)
        # Shrink an operand far below the other's precision to a sticky digit.
        if a._exp < b._exp:
            a, b = b, a
        if a._exp - b._exp > ctx._prec + 3:
            lim = min(a._exp, a.adjusted() - ctx._prec) - 1
            if b.adjusted() < lim:
                b = Decimal._new(b._sign, 1, lim - 1)
                exp = b._exp
        ca = a._int * 10 ** (a._exp - exp)
        cb = b._int * 10 ** (b._exp - exp)
        total = (-ca if a._sign else ca) + (-cb if b._sign else cb)
        if total == 0:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return Decimal._new(sign, 0, exp)._finish(ctx)
        return Decimal._new(1 if total < 0 else 0, abs(total), exp)._finish(ctx)

    def __radd__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__add__(self, context=context)

    def __sub__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        if other._exp in ('n', 'N'):
            return self.__add__(other, context=context)
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        sign = self._sign ^ other._sign
        if self._exp == 'F' or other._exp == 'F':
            if self.is_zero() or other.is_zero():
                return _invalid(ctx)
            return Decimal._new(sign, 0, 'F')
        return Decimal._new(sign, self._int * other._int,
                            self._exp + other._exp)._finish(ctx)

    def __rmul__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context=context)

    def __truediv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                return _invalid(ctx)
            return Decimal._new(sign, 0, 'F')
        if other._exp == 'F':
            ctx._raise([Clamped])
            return Decimal._new(sign, 0, (ctx._Emin - ctx._prec + 1))
        if not other._int:
            if not self._int:
                return _invalid(ctx, DivisionUndefined)
            ctx._raise([DivisionByZero])
            return Decimal._new(sign, 0, 'F')
        ideal = self._exp - other._exp
        if not self._int:
            return Decimal._new(sign, 0, ideal)._finish(ctx)
        return _divide(sign, self._int, other._int, ideal, ctx)

    def __rtruediv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divmod_parts(self, other, ctx, want='qr'):
        """(quotient, remainder) of truncating division, or a NaN/inf pair."""
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                n = _invalid(ctx)
                return n, n
            return Decimal._new(sign, 0, 'F'), _invalid(ctx)
        if other._exp == 'F':
            return Decimal._new(sign, 0, 0), (self._finish(ctx) if 'r' in want else self)
        if not other._int:
            if not self._int:
                n = _invalid(ctx, DivisionUndefined)
                return n, n
            return None, None
        exp = min(self._exp, other._exp)
        ca = self._int * 10 ** (self._exp - exp)
        cb = other._int * 10 ** (other._exp - exp)
        q, r = divmod(ca, cb)
        if _ndigits(q) > ctx._prec:
            n = _invalid(ctx, DivisionImpossible)
            return n, n
        rem = Decimal._new(self._sign, r, exp)
        quot = Decimal._new(sign, q, 0)
        if 'q' in want:
            quot = quot._finish(ctx)
        return quot, (rem._finish(ctx) if 'r' in want else rem)

    def __floordiv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        if self._exp == 'F' and other._exp != 'F':
            return Decimal._new(self._sign ^ other._sign, 0, 'F')
        q, _ = self._divmod_parts(other, ctx, 'q')
        if q is None:
            ctx._raise([DivisionByZero])
            return Decimal._new(self._sign ^ other._sign, 0, 'F')
        return q

    def __rfloordiv__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        if self._exp == 'F':
            return _invalid(ctx)
        _, rem = self._divmod_parts(other, ctx, 'r')
        if rem is None:
            return _invalid(ctx)
        return rem

    def __rmod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        r = _nan_result(ctx, self, other)
        if r is not None:
            r = r._finish(ctx)
            return r, r
        q, rem = self._divmod_parts(other, ctx)
        if q is None:
            ctx._raise([DivisionByZero, InvalidOperation])
            return Decimal._new(self._sign ^ other._sign, 0, 'F'), Decimal._new(0, 0, 'n')
        return q, rem

    def __rdivmod__(self, other, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        other = _to_decimal(other, True)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        if self._exp == 'F' or other.is_zero():
            return _invalid(ctx, DivisionUndefined if self.is_zero() else InvalidOperation)
        if other._exp == 'F':
            return self._finish(ctx)
        exp = min(self._exp, other._exp)
        ca = self._int * 10 ** (self._exp - exp)
        cb = other._int * 10 ** (other._exp - exp)
        q, rem = divmod(ca, cb)
        if 2 * rem > cb or (2 * rem == cb and q % 2 == 1):
            rem -= cb
            q += 1
        if _ndigits(q) > ctx._prec:
            return _invalid(ctx, DivisionImpossible)
        sign = self._sign ^ (1 if rem < 0 else 0)
        return Decimal._new(sign, abs(rem), exp)._finish(ctx)

    def __pow__(self, other, modulo=None, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        if modulo is not None:
            return self._powmod(other, modulo, ctx)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _to_decimal(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def _powmod(self, other, modulo, ctx):
        modulo = _to_decimal(modulo, True)
        r = _nan_result(ctx, self, other) or _nan_result(ctx, modulo)
        if r is not None:
            return r
        ints = all(x.is_finite() and x == x.to_integral_value() for x in (self, other, modulo))
        if not ints or other < 0 or modulo.is_zero() or (self.is_zero() and other.is_zero()):
            return _invalid(ctx)
        m = int(modulo)
        if _ndigits(abs(m)) > ctx._prec:
            return _invalid(ctx)
        v = pow(abs(int(self)), int(other), abs(m))
        sign = 1 if self._sign and int(other) % 2 else 0
        return Decimal._new(sign, v, 0)

    def sqrt(self, context=None):
        """Square root, correctly rounded (half-even)."""
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        if self._exp == 'F':
            if self._sign:
                return _invalid(ctx)
            return self
        if not self._int:
            return Decimal._new(self._sign, 0, self._exp // 2)._finish(ctx)
        if self._sign:
            return _invalid(ctx)
        # Work with an even exponent and prec + 1 digits of root.
        c, e = self._int, self._exp
        ideal = e // 2
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, ctx._prec + 1 - (_ndigits(c) + 1) // 2)
        c *= 100 ** shift
        e -= 2 * shift
        root = math.isqrt(c)
        exact = root * root == c
        re = e // 2
        if exact:
            root, z = _strip_zeros(root, ideal - re)
            re += z
            return Decimal._new(0, root, re)._finish(ctx)
        if root % 5 == 0:
            root += 1
        sub = ctx.copy()
        sub.rounding = ROUND_HALF_EVEN
        sub.traps = _signal_dict([])
        sub.clear_flags()
        res = Decimal._new(0, root, re)._finish(sub)
        conds = [s for s in _SIGNALS if sub.flags[s]]
        ctx._raise(conds + [Inexact, Rounded])
        return res

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        if self._exp == 'F':
            return Decimal._new(0, 0, 0) if self._sign else self
        if not self._int:
            return Decimal._new(0, 1, 0)
        x = float(self) if self.adjusted() < 300 else (
            -1e300 if self._sign else 1e300)
        if x > (ctx._Emax + 1) * 2.302585093 + 1:
            return _finish_half_even(Decimal._new(0, 1, ctx._Emax + 1), ctx)
        if x < ((ctx._Emin - ctx._prec + 1) - 2) * 2.302585093:
            return _finish_half_even(Decimal._new(0, 1, (ctx._Emin - ctx._prec + 1) - 2), ctx)
        return _ziv(lambda w: _exp_work(self, w), ctx)

    def ln(self, context=None):
        """Natural logarithm, correctly rounded (half-even)."""
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        if self._sign and (self._exp == 'F' or self._int):
            return _invalid(ctx)
        if self._exp == 'F':
            return self
        if not self._int:
            return Decimal._new(1, 0, 'F')
        if self == 1:
            return Decimal._new(0, 0, 0)
        return _ziv(lambda w: _ln_work(self, w), ctx)

    def log10(self, context=None):
        """Base-10 logarithm, correctly rounded (half-even)."""
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        if self._sign and (self._exp == 'F' or self._int):
            return _invalid(ctx)
        if self._exp == 'F':
            return self
        if not self._int:
            return Decimal._new(1, 0, 'F')
        s = _istr(self._int)
        if s[0] == '1' and s[1:] == '0' * (len(s) - 1):
            return Decimal(self._exp + len(s) - 1)._finish(ctx)

        def work(w):
            c = Context(prec=w, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
            return _ln_work(self, w).__truediv__(_ln10(w), context=c)
        return _ziv(work, ctx)

    def logb(self, context=None):
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        if self._exp == 'F':
            return Decimal._new(0, 0, 'F')
        if not self._int:
            ctx._raise([DivisionByZero])
            return Decimal._new(1, 0, 'F')
        return Decimal(self.adjusted())._finish(ctx)

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _to_decimal(other, True)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        if other._exp != 0:
            return _invalid(ctx)
        n = int(other)
        if abs(n) > 2 * (ctx.Emax + ctx.prec):
            return _invalid(ctx)
        if self._exp == 'F':
            return self
        return Decimal._new(self._sign, self._int, self._exp + n)._finish(ctx)

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _to_decimal(other, True)
        third = _to_decimal(third, True)
        # The product's signals (an sNaN factor, INF * 0) are the caller's context's.
        if self._exp == 'N' or other._exp == 'N':
            return _nan_result(ctx, self, other)
        if self._exp == 'n' or other._exp == 'n':
            product = self if self._exp == 'n' else other
        elif (self._exp == 'F' or other._exp == 'F') and (not self or not other):
            return _invalid(ctx)
        else:
            big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
            product = self.__mul__(other, context=big)
        return product.__add__(third, context=ctx)

    def next_plus(self, context=None):
        ctx = _ctx(context)
        return _next_toward(self, ctx, 0)

    def next_minus(self, context=None):
        ctx = _ctx(context)
        return _next_toward(self, ctx, 1)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _to_decimal(other, True)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        res = _next_toward(self, ctx, 1 if c > 0 else 0)
        if res.is_infinite():
            ctx._raise([Overflow, Inexact, Rounded])
        elif res.is_zero() or res.adjusted() < ctx._Emin:
            conds = [Underflow, Subnormal, Inexact, Rounded]
            if res.is_zero():
                conds.append(Clamped)
            ctx._raise(conds)
        return res

    # ---- quantize and friends ----

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of exp."""
        ctx = _ctx(context)
        mode = ctx._rounding if rounding is None else _check_rounding(rounding)
        exp = _to_decimal(exp, True)
        r = _nan_result(ctx, self, exp)
        if r is not None:
            return r._finish(ctx)
        if self._exp == 'F' or exp._exp == 'F':
            if self._exp == 'F' and exp._exp == 'F':
                return self
            return _invalid(ctx)
        e = exp._exp
        if not (ctx._Emin - ctx._prec + 1) <= e <= ctx._Emax:
            return _invalid(ctx)
        if not self._int:
            return Decimal._new(self._sign, 0, e)._finish(ctx)
        if self.adjusted() > ctx._Emax:
            return _invalid(ctx)
        if self._exp >= e:
            coeff = self._int * 10 ** (self._exp - e)
            inexact = False
        else:
            coeff, inexact = _round_int(self._sign, self._int, e - self._exp, mode)
        if _ndigits(coeff) > ctx._prec:
            return _invalid(ctx)
        conds = []
        if self._exp < e:
            conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
        res = Decimal._new(self._sign, coeff, e)
        if coeff and res.adjusted() < ctx._Emin:
            conds.append(Subnormal)
        if ctx._clamp and e > (ctx._Emax - ctx._prec + 1):
            res = Decimal._new(self._sign, coeff * 10 ** (e - (ctx._Emax - ctx._prec + 1)), (ctx._Emax - ctx._prec + 1))
            conds.append(Clamped)
        if conds:
            ctx._raise(conds)
        return res

    def same_quantum(self, other, context=None):
        _ctx(context)
        other = _to_decimal(other, True)
        if self._is_special() or other._is_special():
            return (self.is_nan() and other.is_nan()) or (
                self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def _to_integral(self, mode, ctx, exact):
        r = _nan_result(ctx, self)
        if r is not None:
            return r
        if self._exp == 'F' or self._exp >= 0:
            return self
        if not self._int:
            return Decimal._new(self._sign, 0, 0)
        coeff, inexact = _round_int(self._sign, self._int, -self._exp, mode)
        if exact:
            ctx._raise([Rounded, Inexact] if inexact else [Rounded])
        return Decimal._new(self._sign, coeff, 0)

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer, without signalling Inexact or Rounded."""
        ctx = _ctx(context)
        mode = ctx._rounding if rounding is None else _check_rounding(rounding)
        return self._to_integral(mode, ctx, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded."""
        ctx = _ctx(context)
        mode = ctx._rounding if rounding is None else _check_rounding(rounding)
        return self._to_integral(mode, ctx, True)

    def normalize(self, context=None):
        """Round to the context and strip trailing zeros."""
        ctx = _ctx(context)
        r = _nan_result(ctx, self)
        if r is not None:
            return r._finish(ctx)
        d = self._finish(ctx)
        if d._is_special():
            return d
        if not d._int:
            return Decimal._new(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        lim = (ctx._Emax - ctx._prec + 1) if ctx._clamp else ctx._Emax
        coeff, z = _strip_zeros(coeff, lim - exp)
        exp += z
        return Decimal._new(d._sign, coeff, exp)

    def reduce(self, context=None):
        return self.normalize(context)

    # ---- comparison ----

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._exp == 'F' or other._exp == 'F':
            a = 0 if self._exp != 'F' else (-1 if self._sign else 1)
            b = 0 if other._exp != 'F' else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a != 0 and b != 0:
                return -1 if a < b else 1
            return -1 if (a < 0 or b > 0) else 1
        return self._cmp_finite(other)

    def _cmp_finite(self, other):
        """_cmp for two finite Decimals."""
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp:
            ca, cb = self._int, other._int
            r = (ca > cb) - (ca < cb)
            return -r if self._sign else r
        aa, ab = self.adjusted(), other.adjusted()
        if aa != ab:
            r = 1 if aa > ab else -1
        else:
            e = min(self._exp, other._exp)
            ca = self._int * 10 ** (self._exp - e)
            cb = other._int * 10 ** (other._exp - e)
            r = (ca > cb) - (ca < cb)
        return -r if self._sign else r

    def _compare_other(self, other, equality):
        """Other as a Decimal for comparison, or a Fraction, or NotImplemented."""
        if isinstance(other, (Decimal, int)):
            return _to_decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx.flags[FloatOperation] = True
            else:
                ctx._raise([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return self._compare_other(other.real, equality)
        if isinstance(other, numbers.Rational):
            return other
        return NotImplemented

    def _rich(self, other, op):
        o = self._compare_other(other, False)
        if o is NotImplemented:
            return o
        if isinstance(o, Decimal):
            if self.is_nan() or o.is_nan():
                ctx = getcontext()
                ctx._raise([InvalidOperation])
                return False
            c = self._cmp(o)
        else:
            if self.is_nan():
                getcontext()._raise([InvalidOperation])
                return False
            if self._exp == 'F':
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                left, right = n * o.denominator, o.numerator * d
                c = (left > right) - (left < right)
        return op(c)

    def __eq__(self, other, context=None):
        if type(other) is Decimal and type(self._exp) is int and type(other._exp) is int:
            return self._cmp_finite(other) == 0
        o = self._compare_other(other, True)
        if o is NotImplemented:
            return o
        if self._exp == 'N' or (isinstance(o, Decimal) and o._exp == 'N'):
            getcontext()._raise([InvalidOperation])
            return False
        if self.is_nan() or (isinstance(o, Decimal) and o.is_nan()):
            return False
        if isinstance(o, Decimal):
            return self._cmp(o) == 0
        if self._exp == 'F':
            return False
        n, d = self.as_integer_ratio()
        return n * o.denominator == o.numerator * d

    # Two finite Decimals (int exponents) compare without the general conversions.

    def __lt__(self, other, context=None):
        if type(other) is Decimal and type(self._exp) is int and type(other._exp) is int:
            return self._cmp_finite(other) < 0
        return self._rich(other, lambda c: c < 0)

    def __le__(self, other, context=None):
        if type(other) is Decimal and type(self._exp) is int and type(other._exp) is int:
            return self._cmp_finite(other) <= 0
        return self._rich(other, lambda c: c <= 0)

    def __gt__(self, other, context=None):
        if type(other) is Decimal and type(self._exp) is int and type(other._exp) is int:
            return self._cmp_finite(other) > 0
        return self._rich(other, lambda c: c > 0)

    def __ge__(self, other, context=None):
        if type(other) is Decimal and type(self._exp) is int and type(other._exp) is int:
            return self._cmp_finite(other) >= 0
        return self._rich(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _to_decimal(other, True)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r._finish(ctx)
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _to_decimal(other, True)
        if self.is_snan() or other.is_snan():
            return _nan_result(ctx, self, other)._finish(ctx)
        if self.is_nan() or other.is_nan():
            ctx._raise([InvalidOperation])
            return _nan_result(ctx, self, other)._finish(ctx)
        return Decimal(self._cmp(other))

    def _minmax(self, other, ctx, want, use_abs):
        other = _to_decimal(other, True)
        if self.is_snan() or other.is_snan():
            return _nan_result(ctx, self, other)._finish(ctx)
        if self.is_nan():
            return (other if not other.is_nan() else self)._finish(ctx)
        if other.is_nan():
            return self._finish(ctx)
        a = self.copy_abs() if use_abs else self
        b = other.copy_abs() if use_abs else other
        c = a._cmp(b)
        if c == 0:
            if use_abs:
                c = self._cmp(other)
            if c == 0:
                # Equal values: prefer by sign, then by exponent.
                if self._sign != other._sign:
                    c = -1 if self._sign else 1
                elif self._exp != other._exp and self.is_finite():
                    c = (1 if self._exp > other._exp else -1) * (-1 if self._sign else 1)
        pick = self if (c >= 0) == (want > 0) else other
        return pick._finish(ctx)

    def max(self, other, context=None):
        ctx = _ctx(context)
        return self._minmax(other, ctx, 1, False)

    def min(self, other, context=None):
        ctx = _ctx(context)
        return self._minmax(other, ctx, -1, False)

    def max_mag(self, other, context=None):
        ctx = _ctx(context)
        return self._minmax(other, ctx, 1, True)

    def min_mag(self, other, context=None):
        ctx = _ctx(context)
        return self._minmax(other, ctx, -1, True)

    def _total_key(self):
        """Class rank for the total order (NaNs highest, signed NaNs lowest)."""
        rank = {'n': 3, 'N': 2, 'F': 1}.get(self._exp, 0)
        return -rank if self._sign else rank

    def compare_total(self, other, context=None):
        """Compare by the abstract total order (no signals)."""
        _ctx(context)
        other = _to_decimal(other, True)
        ka, kb = self._total_key(), other._total_key()
        if ka != kb:
            return Decimal(-1 if ka < kb else 1)
        flip = -1 if self._sign else 1
        if self._exp in ('n', 'N'):
            c = (self._int > other._int) - (self._int < other._int)
            return Decimal(c * flip)
        if self._exp == 'F':
            return Decimal(0)
        c = self._cmp(other)
        if c == 0 and self._sign != other._sign:
            c = -1 if self._sign else 1
        if c == 0:
            c = ((self._exp > other._exp) - (self._exp < other._exp)) * flip
        return Decimal(c)

    def compare_total_mag(self, other, context=None):
        _ctx(context)
        other = _to_decimal(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _logical_digits(self, ctx):
        if self._sign or self._exp != 0 or set(_istr(self._int)) - {'0', '1'}:
            return None
        return _istr(self._int).zfill(ctx._prec)[-ctx._prec:]

    def _logical(self, other, ctx, fn):
        a = self._logical_digits(ctx)
        b = _to_decimal(other, True)._logical_digits(ctx) if other is not None else a
        if a is None or b is None:
            return _invalid(ctx)
        return Decimal(_iint(''.join(fn(x, y) for x, y in zip(a, b))))

    def logical_and(self, other, context=None):
        ctx = _ctx(context)
        return self._logical(other, ctx, lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        ctx = _ctx(context)
        return self._logical(other, ctx, lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        ctx = _ctx(context)
        return self._logical(other, ctx, lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return self._logical(None, ctx, lambda x, y: '0' if x == '1' else '1')

    def _shift_amount(self, other, ctx):
        other = _to_decimal(other, True)
        r = _nan_result(ctx, self, other)
        if r is not None:
            return r, None
        if other._exp != 0 or not -ctx._prec <= int(other) <= ctx._prec:
            return _invalid(ctx), None
        return None, int(other)

    def rotate(self, other, context=None):
        """Rotate the coefficient's digits (padded to prec) by other places."""
        ctx = _ctx(context)
        r, n = self._shift_amount(other, ctx)
        if r is not None:
            return r
        if self._exp == 'F':
            return self
        digits = _istr(self._int).zfill(ctx._prec)[-ctx._prec:]
        n %= ctx._prec
        rotated = digits[n:] + digits[:n]
        return Decimal._new(self._sign, _iint(rotated), self._exp)

    def shift(self, other, context=None):
        """Shift the coefficient's digits by other places, keeping prec digits."""
        ctx = _ctx(context)
        r, n = self._shift_amount(other, ctx)
        if r is not None:
            return r
        if self._exp == 'F':
            return self
        c = self._int % 10 ** ctx._prec
        c = (c * 10 ** n) % 10 ** ctx._prec if n >= 0 else c // 10 ** -n
        return Decimal._new(self._sign, c, self._exp)

    def number_class(self, context=None):
        ctx = _ctx(context)
        sign = '-' if self._sign else '+'
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        if self._exp == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)


# ---- algorithms ----

def _divide(sign, ca, cb, ideal, ctx):
    """Correctly rounded ca / cb * 10**ideal (both coefficients non-zero)."""
    shift = _ndigits(cb) - _ndigits(ca) + ctx._prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        q, z = _strip_zeros(q, ideal - exp)
        exp += z
    return Decimal._new(sign, q, exp)._finish(ctx)


def _finish_half_even(d, ctx):
    """d._finish(ctx) with ROUND_HALF_EVEN whatever the context's rounding."""
    sub = ctx.copy()
    sub.rounding = ROUND_HALF_EVEN
    sub.traps = _signal_dict([])
    sub.clear_flags()
    res = d._finish(sub)
    ctx._raise([s for s in _SIGNALS if sub.flags[s]])
    return res


def _next_toward(x, ctx, down):
    """next_plus (down=0) or next_minus (down=1) of x in ctx."""
    r = _nan_result(ctx, x)
    if r is not None:
        return r
    big = Decimal._new(0, 10 ** ctx._prec - 1, (ctx._Emax - ctx._prec + 1))
    if x._exp == 'F':
        if x._sign == down:
            return x
        return big.copy_negate() if x._sign else big
    tiny = (ctx._Emin - ctx._prec + 1)
    if not x._int:
        return Decimal._new(down, 1, tiny)
    work = ctx.copy()
    work.traps = _signal_dict([])
    work.rounding = ROUND_FLOOR if down else ROUND_CEILING
    d = x._finish(work)
    if d != x:
        return d
    # Add or subtract a quantum far below the last digit, rounding outward.
    e = min(d._exp, d.adjusted() - ctx._prec + 1, tiny) - 2
    step = Decimal._new(down, 1, e)
    res = x.__add__(step, context=work)
    return res


def _ziv(work, ctx, rounding=ROUND_HALF_EVEN):
    """Round the result of work(w) (about w correct digits) to ctx."""
    prec = ctx._prec
    extra = 10
    while True:
        w = prec + extra
        approx = work(w)
        c, e = approx._int, approx._exp
        n = _ndigits(c)
        if n < w:
            c *= 10 ** (w - n)
            e -= w - n
        lo = Decimal._new(approx._sign, c - 1000, e)
        hi = Decimal._new(approx._sign, c + 1000, e)
        sub = ctx.copy()
        sub.rounding = rounding
        sub.traps = _signal_dict([])
        sub.clear_flags()
        a = lo._finish(sub)
        sub2 = sub.copy()
        b = hi._finish(sub2)
        if extra > 200:
            sub.clear_flags()
            a = approx._finish(sub)
        if (a._sign, a._int, a._exp) == (b._sign, b._int, b._exp) or extra > 200:
            conds = [s for s in _SIGNALS if sub.flags[s]]
            ctx._raise(conds + [Inexact, Rounded])
            return a
        extra *= 3


def _work_ctx(w):
    return Context(prec=w, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])


def _to_fixed(d, W):
    """The finite Decimal d times 10**W, truncated to an int."""
    e = d._exp + W
    n = d._int * _pow10(e) if e >= 0 else d._int // _pow10(-e)
    return -n if d._sign else n


def _exp_fixed(X, W):
    """exp(X / 10**W) * 10**W for a fixed-point X of moderate size (|X| below ~3 * 10**W)."""
    S = _pow10(W)
    neg = X < 0
    if neg:
        X = -X
    # exp(y) = exp(y / 2**k) ** (2**k) with y / 2**k below 1e-3.
    thr = S // 1000
    k = (X // thr).bit_length() if X > thr else 0
    X >>= k
    total = term = S
    i = 1
    while term:
        term = term * X // (S * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // S
    if neg:
        total = S * S // total
    return total


def _exp_work(x, w):
    """exp(x) to about w significant digits."""
    mag = max(0, x.adjusted() + 1)
    W = w + mag + 16
    X = _to_fixed(x, W)
    q = 0
    if X > 2 * _pow10(W) or X < -2 * _pow10(W):
        # exp(x) = 10**q * exp(x - q * ln 10) with the rest in [0, ln 10).
        L = _to_fixed(_ln10(W), W)
        q = X // L
        X -= q * L
    return Decimal._new(0, _exp_fixed(X, W), q - W)


_LN10_CACHE = [0, None]


def _ln10(w):
    if _LN10_CACHE[0] >= w + 5:
        return _LN10_CACHE[1]
    v = _ln_newton(Decimal(10), w + 10, 2.302585092994046)
    _LN10_CACHE[0], _LN10_CACHE[1] = w + 10, v
    return v


def _ln_newton(x, w, guess):
    """ln(x) for x near [1, 10] by Newton iteration on exp, to about w digits."""
    W = 15
    Y = int(guess * 1e15)
    digits = 14
    while True:
        digits = min(3 * digits, w + 6)
        W2 = digits + 12
        Y = Y * _pow10(W2 - W) if W2 >= W else Y // _pow10(W - W2)
        W = W2
        X = _to_fixed(x, W)
        E = _exp_fixed(Y, W)
        Y += 2 * (X - E) * _pow10(W) // (X + E)
        if digits >= w + 6:
            return Decimal._new(1 if Y < 0 else 0, abs(Y), -W)


def _ln_work(x, w):
    """ln(x) to about w significant digits, for finite x > 0."""
    n = _ndigits(x._int)
    a = x._exp + n - 1
    m = Decimal._new(0, x._int, 1 - n)
    # Near x == 1 the result is tiny: carry the digits that cancellation loses.
    if a in (0, -1):
        diff = x.__sub__(Decimal(1), context=_work_ctx(MAX_PREC))
        if diff._int:
            w += max(0, -diff.adjusted())
    extra = _ndigits(abs(a)) + 4
    lm = _ln_newton(m, w + extra, math.log(float(m)))
    if a == 0:
        return lm
    c = _work_ctx(w + extra + 4)
    return lm.__add__(Decimal(a).__mul__(_ln10(w + extra), context=c), context=c)


def _power(x, y, ctx):
    """x ** y for non-NaN x, y."""
    if y.is_finite() and y == y.to_integral_value():
        n = int(y)
        if x._exp == 'F':
            if n == 0:
                return Decimal._new(0, 1, 0)
            sign = x._sign if n % 2 else 0
            return Decimal._new(sign, 0, 'F') if n > 0 else Decimal._new(sign, 0, 0)
        if not x._int:
            if n == 0:
                return _invalid(ctx)
            sign = x._sign if n % 2 else 0
            return Decimal._new(sign, 0, 0) if n > 0 else Decimal._new(sign, 0, 'F')
        sign = x._sign if n % 2 else 0
        if n == 0:
            return Decimal._new(0, 1, 0)
        if x._int == 1 and x._exp == 0:
            return Decimal._new(sign, 1, 0)._finish(ctx)
        r = _pow_bounds(x, y, sign, ctx)
        if r is not None:
            return r
        # x = c * 10**(e + k) with c free of trailing zeros: exact powers while c**n is small.
        c, e, k = x._int, x._exp, 0
        c, k = _strip_zeros(c, _ndigits(c))
        etiny = ctx._Emin - ctx._prec + 1
        if abs(n) * math.log10(c) > 3 * ctx._prec + 20000:
            return _power_inexact(x, y, ctx, sign, True)
        if n > 0:
            p = c ** n
            zeros = k * n
            if e * n + zeros + _ndigits(p) - 1 < etiny:
                return _underflow_zero(sign, ctx)
            keep = min(zeros, max(0, ctx._prec + 2 - _ndigits(p)))
            return Decimal._new(sign, p * 10 ** keep, e * n + zeros - keep)._finish(ctx)
        q = c ** -n
        if (e + k) * n - (_ndigits(q) if c != 1 else 0) < etiny:
            return _underflow_zero(sign, ctx)
        return _divide(sign, 1, q, (e + k) * n, ctx)
    # Non-integral exponent.
    if x._sign and not x.is_zero():
        return _invalid(ctx)
    if x._exp == 'F':
        return Decimal._new(0, 0, 'F') if y._sign == 0 else Decimal._new(0, 0, 0)
    if y._exp == 'F':
        cmp1 = x.copy_abs()._cmp(Decimal(1))
        if not x._int:
            return Decimal._new(0, 0, 'F' if y._sign else 0)
        if cmp1 == 0:
            ctx._raise([Inexact, Rounded])
            return Decimal._new(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)._finish(ctx)
        big = (cmp1 > 0) != (y._sign == 1)
        return Decimal._new(0, 0, 'F') if big else Decimal._new(0, 0, 0)
    if not x._int:
        return Decimal._new(0, 0, 'F') if y._sign else Decimal._new(0, 0, 0)
    if x == 1:
        ctx._raise([Inexact, Rounded])
        return Decimal._new(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)._finish(ctx)
    r = _pow_bounds(x, y, 0, ctx)
    if r is not None:
        return r
    return _power_inexact(x, y, ctx, 0)


def _exp_digits(e):
    return len(str(abs(e)))


def _pow_bounds(x, y, sign, ctx):
    """Results certain to overflow or underflow, decided from orders of magnitude."""
    ax = x.copy_abs()
    t = ax.adjusted()
    # Lower bound of the adjusted exponent of log10(|x|).
    if t > 0:
        zeta = _exp_digits(t) - 1
    elif t < -1:
        zeta = _exp_digits(t + 1) - 1
    else:
        diff = ax.__sub__(Decimal(1), context=_work_ctx(MAX_PREC))
        if not diff._int:
            return None
        u = diff.adjusted()
        zeta = u - 2 if t == 0 else u - 1
    grows = (t < 0) == (y._sign == 1)
    if grows:
        if _exp_digits(ctx._Emax) < zeta + y.adjusted():
            return Decimal._new(sign, 1, ctx._Emax + 1)._finish(ctx)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if _exp_digits(etiny) < zeta + y.adjusted():
            return Decimal._new(sign, 1, etiny - 1)._finish(ctx)
    return None


def _underflow_zero(sign, ctx):
    """An integer power far below the smallest subnormal: zero, as libmpdec gives."""
    ctx._raise([Underflow, Subnormal, Inexact, Rounded, Clamped])
    return Decimal._new(sign, 0, ctx._Emin - ctx._prec + 1)


def _power_inexact(x, y, ctx, sign, integral=False):
    ax = x.copy_abs()
    approx = float(y) * math.log10(float(ax)) if ax.adjusted() < 300 else None
    if approx is not None and approx > ctx._Emax + 1:
        return Decimal._new(sign, 1, ctx._Emax + 1)._finish(ctx)
    if approx is not None and approx < (ctx._Emin - ctx._prec + 1) - 2:
        if integral:
            return _underflow_zero(sign, ctx)
        return Decimal._new(sign, 1, (ctx._Emin - ctx._prec + 1) - 2)._finish(ctx)

    def work(w):
        c = _work_ctx(w + 10)
        lx = _ln_work(ax, w + 10 + max(0, y.adjusted() + 1))
        return _exp_work(lx.__mul__(y, context=c), w)
    if sign:
        # Round the magnitude in the mirrored direction.
        mirror = {ROUND_CEILING: ROUND_FLOOR, ROUND_FLOOR: ROUND_CEILING}
        return _ziv(work, ctx, mirror.get(ctx._rounding, ctx._rounding)).copy_negate()
    return _ziv(work, ctx, ctx._rounding)


def _format_decimal(d, spec):
    """format(Decimal, spec): fill, align, sign, zero, width, ',', precision, type."""
    import re
    # The 'z' option is taken out where it may stand (after fill, align and sign);
    # the rest must parse without it, as libmpdec reads it.
    i = 2 if spec[1:2] and spec[1] in '<>=^' else 1 if spec[:1] and spec[0] in '<>=^' else 0
    if spec[i:i + 1] and spec[i] in '+- ':
        i += 1
    z = spec[i:i + 1] == 'z'
    if z:
        spec = spec[:i] + spec[i + 1:]
    m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(0)?([1-9]\d*)?(,)?(?:\.(\d+))?([eEfFgGn%])?',
                     spec, re.S)
    if m is None:
        raise ValueError('invalid format string')
    fill, align, sgn, zero, width, group, prec, typ = m.groups()
    if zero and align is not None or group and typ == 'n':
        raise ValueError('invalid format string')
    zero_pad = bool(zero) and not d._is_special()
    if zero and d._is_special():
        fill, align = ' ', '>'
    fill = fill or ' '
    ctx = getcontext()
    prec = int(prec) if prec is not None else None
    neg = d._sign == 1
    width = int(width or 0)
    if d._is_special():
        body = str(d.copy_abs()) + ('%' if typ == '%' else '')
    else:
        # The magnitude is rounded: toward +/-Infinity swap for a negative number.
        rounding = ctx._rounding
        if neg:
            rounding = {ROUND_CEILING: ROUND_FLOOR,
                        ROUND_FLOOR: ROUND_CEILING}.get(rounding, rounding)
        body = _format_body(d.copy_abs(), typ, prec, ctx, rounding)
        if z and neg and not body.strip('0.%').split('e')[0].split('E')[0]:
            neg = False
    sign_s = '-' if neg else ('+' if sgn == '+' else (' ' if sgn == ' ' else ''))
    if not d._is_special():
        i = 0
        while i < len(body) and body[i].isdigit():
            i += 1
        ip, rest = body[:i], body[i:]
        if zero_pad:
            while len(sign_s) + len(_group(ip, group)) + len(rest) < width:
                ip = '0' + ip
        body = _group(ip, group) + rest
    pad = width - len(sign_s) - len(body)
    align = align or '>'
    if pad <= 0:
        return sign_s + body
    if align == '<':
        return sign_s + body + fill * pad
    if align == '>':
        return fill * pad + sign_s + body
    if align == '=':
        return sign_s + fill * pad + body
    left = pad // 2
    return fill * left + sign_s + body + fill * (pad - left)


def _group(digits, sep):
    """Digits with sep between groups of three (no-op without a separator)."""
    if not sep:
        return digits
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


def _plain(digits, exp):
    """Digits times 10**exp in plain notation (exp may be positive)."""
    if exp >= 0:
        return digits + '0' * exp
    point = len(digits) + exp
    if point <= 0:
        return '0.' + '0' * -point + digits
    return digits[:point] + '.' + digits[point:]


def _format_body(d, typ, prec, ctx, rounding):
    zero = not d._int
    if typ is None or typ in 'gGn':
        if prec is not None:
            d = _round_sig(d, max(prec, 1), rounding)
        s = d.__str__(context=ctx)
        if typ is None:
            return s if ctx._capitals else s.lower()
        return s.replace('E', 'e') if typ != 'G' else s.replace('e', 'E')
    if typ == '%':
        if zero:
            return _plain('0', min(d._exp + 2, 0) if prec is None else -prec) + '%'
        d = Decimal._new(0, d._int, d._exp + 2)
        return _format_body(d, 'f', prec, ctx, rounding) + '%'
    if typ in 'fF':
        if prec is not None:
            d = _quantize_exact(d, -prec, rounding)
        if zero and d._exp > 0:
            return '0'
        return _plain(_istr(d._int), d._exp)
    # 'e', 'E'
    if zero:
        p = prec or 0
        return '0' + ('.' + '0' * p if p else '') + typ + '%+d' % (d._exp + p)
    if prec is not None:
        d = _round_sig(d, prec + 1, rounding)
    digits = _istr(d._int)
    adj = d._exp + len(digits) - 1
    if prec is not None:
        digits += '0' * (prec + 1 - len(digits))
    body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return body + typ + '%+d' % adj


def _quantize_exact(d, e, rounding):
    if d._exp >= e:
        return Decimal._new(d._sign, d._int * 10 ** (d._exp - e), e)
    c, _ = _round_int(d._sign, d._int, e - d._exp, rounding)
    return Decimal._new(d._sign, c, e)


def _round_sig(d, n, rounding):
    nd = _ndigits(d._int)
    if not d._int:
        return Decimal._new(d._sign, 0, d._exp) if nd <= n else d
    if nd <= n:
        return d
    c, _ = _round_int(d._sign, d._int, nd - n, rounding)
    e = d._exp + nd - n
    if _ndigits(c) > n:
        c //= 10
        e += 1
    return Decimal._new(d._sign, c, e)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
_default_ready = True

numbers.Number.register(Decimal)
