"""Basic date and time types."""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = [0, 0]
for _n in _DIM[1:-1]:
    _DBM.append(_DBM[-1] + _n)
del _n
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    return 29 if m == 2 and _is_leap(y) else _DIM[m]


def _ymd2ord(y, m, d):
    # Proleptic Gregorian ordinal, 0001-01-01 is day 1.
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DBM[m] + d
    if m > 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        n += 1
    return n


def _ord2ymd(n):
    # Counts from 0000-03-01 so that the leap day ends each 4/100/400-year cycle.
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    y = yoe + era * 400
    if mp < 10:
        return y, mp + 3, d
    return y + 1, mp - 9, d


def _index(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return f(v)


_MISSING = object()


def _arg_type(v):
    # CPython's argument errors name None as "None", anything else by its type.
    return 'None' if v is None else type(v).__name__


def _check_date(y, m, d):
    if type(y) is not int or type(m) is not int or type(d) is not int:
        # Like CPython's argument parser: the given arguments are converted, in
        # order, before a missing one is reported.
        y, m, d = [a if a is _MISSING else _index(a) for a in (y, m, d)]
        if y is _MISSING or m is _MISSING or d is _MISSING:
            raise TypeError("function missing required argument '%s' (pos %d)"
                            % (("year", 1) if y is _MISSING else ("month", 2)
                               if m is _MISSING else ("day", 3)))
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= 28 and not 1 <= d <= _dim(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    if (type(h) is not int or type(mi) is not int or type(s) is not int
            or type(us) is not int):
        h = _index(h)
        mi = _index(mi)
        s = _index(s)
        us = _index(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass,"
                        " not type '%s'" % type(tz).__name__)


def _tpname(o):
    t = type(o)
    if t.__module__ == "builtins":
        return t.__name__
    if t in _NATIVE:
        return "datetime." + t.__name__
    return t.__name__


_SIMPLE = (int, float, str, bytes, list, tuple, dict, set, complex, type(None))


def _binop(a, b, op):
    # Mimic the interpreter's message with CPython's dotted type names.
    if op == "+" and type(a) in (str, list, tuple):
        raise TypeError('can only concatenate %s (not "%s") to %s'
                        % (type(a).__name__, _tpname(b), type(a).__name__))
    if type(a) in _SIMPLE or type(b) in _SIMPLE:
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, _tpname(a), _tpname(b)))
    return NotImplemented


def _cmperror(a, b):
    raise TypeError("can't compare '%s' to '%s'" % (_tpname(a), _tpname(b)))


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    if (r > b if b > 0 else r < b) or (r == b and q & 1):
        q += 1
    return q


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _fmt_offset(off, sep=":"):
    if off is None:
        return ""
    s = "+"
    if off.days < 0:
        s = "-"
        off = -off
    mm, ss = divmod(off._d * 86400 + off._s, 60)
    hh, mm = divmod(mm, 60)
    s += "%02d%s%02d" % (hh, sep, mm)
    if ss or off._us:
        s += "%s%02d" % (sep, ss)
        if off._us:
            s += ".%06d" % off._us
    return s


def _fmt_time(h, m, s, us, spec):
    if spec == "auto":
        spec = "microseconds" if us else "seconds"
    if spec == "hours":
        return "%02d" % h
    if spec == "minutes":
        return "%02d:%02d" % (h, m)
    if spec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if spec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if spec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, tt):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _arg_type(fmt))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif c == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_fmt_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + c)
    return _time.strftime("".join(out), tt)


def _build_struct(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DBM[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ("_d", "_s", "_us")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            return _td_us(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                           + seconds) * 1000000 + milliseconds * 1000 + microseconds, cls)
        total = 0
        left = 0.0
        for tag, v, f in (("microseconds", microseconds, 1),
                          ("milliseconds", milliseconds, 1000),
                          ("seconds", seconds, 1000000),
                          ("minutes", minutes, 60000000),
                          ("hours", hours, 3600000000),
                          ("days", days, 86400000000),
                          ("weeks", weeks, 604800000000)):
            if isinstance(v, int):
                total += int(v) * f
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * f
                if frac:
                    frac, whole = _math.modf(frac * f)
                    total += int(whole)
                    left += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (tag, type(v).__name__))
        if left:
            w = round(left)
            if abs(w - left) == 0.5:
                odd = total & 1
                w = 2 * round((left + odd) * 0.5) - odd
            total += int(w)
        return _td_us(total, cls)

    @property
    def days(self):
        return self._d

    @property
    def seconds(self):
        return self._s

    @property
    def microseconds(self):
        return self._us

    def total_seconds(self):
        return self._total() / 10**6

    def _total(self):
        return (self._d * 86400 + self._s) * 1000000 + self._us

    def __repr__(self):
        a = []
        if self._d:
            a.append("days=%d" % self._d)
        if self._s:
            a.append("seconds=%d" % self._s)
        if self._us:
            a.append("microseconds=%d" % self._us)
        return "%s(%s)" % (_tpname(self), ", ".join(a) or "0")

    def __str__(self):
        mm, ss = divmod(self._s, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._d:
            s = "%d day%s, " % (self._d, "" if abs(self._d) == 1 else "s") + s
        if self._us:
            s += ".%06d" % self._us
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._total() + other._total())
        return _binop(self, other, "+")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._total() + other._total())
        return _binop(other, self, "+")

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._total() - other._total())
        return _binop(self, other, "-")

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_us(other._total() - self._total())
        return _binop(other, self, "-")

    def __neg__(self):
        return _td_us(-self._total())

    def __pos__(self):
        return _td_us(self._total())

    def __abs__(self):
        return -self if self._d < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_us(self._total() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_us(_divide_and_round(self._total() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return _td_us(_divide_and_round(self._total(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_us(_divide_and_round(b * self._total(), a))
        return _binop(self, other, "/")

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return _td_us(self._total() // other)
        return _binop(self, other, "//")

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._total() % other._total())
        return _binop(self, other, "%")

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, _td_us(r)
        return _binop(self, other, "divmod()")

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._total() != other._total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total() < other._total()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total() <= other._total()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total() > other._total()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total() >= other._total()
        return NotImplemented

    def __hash__(self):
        return hash(self._total())

    def __bool__(self):
        return bool(self._d or self._s or self._us)

    def __reduce__(self):
        return type(self), (self._d, self._s, self._us)


def _td_us(us, cls=timedelta):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -2**31 <= d < 2**31:
        raise OverflowError("Python int too large to convert to C int")
    if not -999999999 <= d <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = object.__new__(cls)
    self._d = d
    self._s = s
    self._us = us
    return self


timedelta.min = _td_us(-999999999 * 86400000000)
timedelta.max = _td_us(1000000000 * 86400000000 - 1)
timedelta.resolution = _td_us(1)


class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate", self[0], self[1], self[2])


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _iso_week1_monday(y):
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    mon = first - wd
    if wd > 3:
        mon += 7
    return mon


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not all("0" <= c <= "9" for c in part):
        raise ValueError
    return int(part)


def _parse_isodate(s):
    n = len(s)
    if n == 10 and s[4] == "-" and s[7] == "-" and s[5] != "W":
        return _digits(s, 0, 4), _digits(s, 5, 2), _digits(s, 8, 2)
    if n == 8 and "W" not in s:
        return _digits(s, 0, 4), _digits(s, 4, 2), _digits(s, 6, 2)
    y = _digits(s, 0, 4)
    if s[4:6] == "-W":
        w = _digits(s, 6, 2)
        if n == 8:
            d = 1
        elif n == 10 and s[8] == "-":
            d = _digits(s, 9, 1)
        else:
            raise ValueError
    elif s[4:5] == "W":
        w = _digits(s, 5, 2)
        if n == 7:
            d = 1
        elif n == 8:
            d = _digits(s, 7, 1)
        else:
            raise ValueError
    else:
        raise ValueError
    try:
        return _iso_to_ymd(y, w, d)
    except ValueError:
        raise ValueError from None


def _iso_to_ymd(y, w, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % y)
    if not 0 < w < 53:
        ok = False
        if w == 53:
            first = (_ymd2ord(y, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(y))
        if not ok:
            raise ValueError("Invalid week: %d" % w)
    if not 0 < d < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % d)
    return _ord2ymd(_iso_week1_monday(y) + (w - 1) * 7 + d - 1)


def _isodate_len(s):
    # Length of the date part of an ISO datetime string.
    if len(s) < 7:
        raise ValueError
    if s[4] == "-":
        if s[5] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if s[4] == "W":
        return 8 if len(s) > 7 and "0" <= s[7] <= "9" else 7
    return 8


def _parse_hms(s, lenient=False):
    # [HH[:MM[:SS[.f+]]]] or HH[MM[SS[.f+]]]; returns (h, m, s, us). Before a UTC
    # offset, CPython also lets one stray character follow a whole component.
    vals = [0, 0, 0]
    i = 0
    n = len(s)
    sep = n > 2 and s[2] == ":"
    us = 0
    for k in range(3):
        vals[k] = _digits(s, i, 2)
        i += 2
        if i == n:
            break
        if lenient and i == n - 1:
            i = n
            break
        c = s[i]
        if c in ".," and k == 2:
            frac = s[i + 1:]
            if not frac or not all("0" <= ch <= "9" for ch in frac):
                raise ValueError
            us = int((frac + "00000")[:6])
            i = n
            break
        if k == 2:
            raise ValueError
        if sep:
            if c != ":":
                raise ValueError
            i += 1
        elif c == ":":
            raise ValueError
    if i != n:
        raise ValueError
    return vals[0], vals[1], vals[2], us


def _parse_isotime(s):
    pos = len(s)
    for k, c in enumerate(s):
        if c in "+-Z":
            pos = k
            break
    h, m, sec, us = _parse_hms(s[:pos], pos < len(s))
    tz = None
    if pos < len(s):
        if s[pos] == "Z":
            if pos + 1 != len(s):
                raise ValueError
            tz = _UTC
        else:
            th, tm, ts, tus = _parse_hms(s[pos + 1:])
            sign = -1 if s[pos] == "-" else 1
            tz = timezone(timedelta(hours=th, minutes=tm, seconds=ts,
                                    microseconds=tus) * sign)
    return h, m, sec, us, tz


def _isoarg(s):
    if not isinstance(s, str):
        raise TypeError("fromisoformat: argument must be str")


def _mk_date(cls, y, m, d):
    # Trusted fields: skips validation for the exact class.
    if cls is not date:
        return cls(y, m, d)
    self = object.__new__(date)
    self._y = y
    self._m = m
    self._dd = d
    return self


def _mk_dt(cls, y, m, d, hh, mi, s, us, tz, fold=0):
    if cls is not datetime:
        if fold:
            return cls(y, m, d, hh, mi, s, us, tz, fold=fold)
        return cls(y, m, d, hh, mi, s, us, tz)
    self = object.__new__(datetime)
    self._y = y
    self._m = m
    self._dd = d
    self._h = hh
    self._mi = mi
    self._sec = s
    self._us = us
    self._tz = tz
    self._fold = fold
    return self


# Pickle states (as CPython's): date b'YYMD', time b'HMSuuu', datetime b'YYMDHMSuuu'
# (big-endian year and microsecond); fold sets the high bit of the hour / month byte.
def _is_state(arg, size, at, lo, hi):
    if isinstance(arg, str):
        if len(arg) != size or not all(ord(c) < 256 for c in arg):
            return False
        arg = arg.encode('latin1')
    elif not isinstance(arg, bytes) or len(arg) != size:
        return False
    return lo <= arg[at] & 127 <= hi


def _state_bytes(arg):
    return arg.encode('latin1') if isinstance(arg, str) else arg


def _us_bytes(us):
    return bytes((us >> 16, (us >> 8) & 255, us & 255))


def _state_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")
    return tz


def _time_from_state(cls, st, tz):
    self = object.__new__(cls)
    self._h, self._mi, self._sec = st[0] & 127, st[1], st[2]
    self._us = (st[3] << 16) | (st[4] << 8) | st[5]
    self._tz = _state_tz(None if type(tz) is int and tz == 0 else tz)
    self._fold = st[0] >> 7
    return self


def _datetime_from_state(cls, st, tz):
    self = object.__new__(cls)
    self._y, self._m, self._dd = st[0] * 256 + st[1], st[2] & 127, st[3]
    self._h, self._mi, self._sec = st[4], st[5], st[6]
    self._us = (st[7] << 16) | (st[8] << 8) | st[9]
    self._tz = _state_tz(None if tz is _MISSING else tz)
    self._fold = st[2] >> 7
    return self


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_y", "_m", "_dd")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if month is _MISSING and _is_state(year, 4, 2, 1, 12):
            st = _state_bytes(year)
            self = object.__new__(cls)
            self._y, self._m, self._dd = st[0] * 256 + st[1], st[2], st[3]
            return self
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        self._y = y
        self._m = m
        self._dd = d
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, _, _, _, _, _, _ = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return _mk_date(cls, *_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        _isoarg(s)
        try:
            ymd = _parse_isodate(s)
        except ValueError as e:
            if e.args:
                raise
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._y, self._m, self._dd)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[self.weekday()], _MONNAMES[self._m], self._dd, self._y)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _arg_type(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._y, self._m, self._dd)

    __str__ = isoformat

    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._dd

    def timetuple(self):
        return _build_struct(self._y, self._m, self._dd, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._y, self._m, self._dd)

    def replace(self, year=None, month=None, day=None):
        y, m, d = _check_date(self._y if year is None else year,
                              self._m if month is None else month,
                              self._dd if day is None else day)
        r = object.__new__(type(self))
        r._y = y
        r._m = m
        r._dd = d
        return r

    def _cmp(self, other):
        a = (self._y, self._m, self._dd)
        b = (other._y, other._m, other._dd)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        if isinstance(other, date):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        if isinstance(other, date):
            if isinstance(other, datetime):
                raise TypeError("can't compare %s to %s"
                                % (_tpname(other), _tpname(self)))
            return self._cmp(other)
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self._y, self._m, self._dd))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._d
            if 0 < o <= _MAXORDINAL:
                return _mk_date(type(self), *_ord2ymd(o))
            raise OverflowError("date value out of range")
        return _binop(self, other, "+")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return _binop(other, self, "+")

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _binop(self, other, "-")

    def __rsub__(self, other):
        return _binop(other, self, "-")

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._y
        mon = _iso_week1_monday(y)
        today = _ymd2ord(self._y, self._m, self._dd)
        week, day = divmod(today - mon, 7)
        if week < 0:
            y -= 1
            mon = _iso_week1_monday(y)
            week, day = divmod(today - mon, 7)
        elif week >= 52 and today >= _iso_week1_monday(y + 1):
            y += 1
            week = 0
        return _IsoCalendarDate(y, week + 1, day + 1)

    def __reduce__(self):
        return type(self), (bytes((self._y >> 8, self._y & 255, self._m, self._dd)),)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += off - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                             "cannot convert")
        return dt + dst

    def __reduce__(self):
        f = getattr(self, "__getinitargs__", None)
        args = f() if f else ()
        return type(self), args, getattr(self, "__dict__", None) or None


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ("_h", "_mi", "_sec", "_us", "_tz", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if _is_state(hour, 6, 0, 0, 23):
            return _time_from_state(cls, _state_bytes(hour), minute)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._h = h
        self._mi = mi
        self._sec = s
        self._us = us
        self._tz = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._h

    @property
    def minute(self):
        return self._mi

    @property
    def second(self):
        return self._sec

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return ((self._h * 60 + self._mi) * 60 + self._sec) * 1000000 + self._us

    def _cmp(self, other, eq):
        if self._tz is other._tz:
            a, b = self._key(), other._key()
            return (a > b) - (a < b)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if (mine is None) != (theirs is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._key()
        b = other._key()
        if mine is not None:
            a -= mine._total()
            b -= theirs._total()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        k = self._key()
        if off is not None:
            k -= off._total()
        return hash(k)

    def __repr__(self):
        if self._us:
            s = ", %d, %d" % (self._sec, self._us)
        elif self._sec:
            s = ", %d" % self._sec
        else:
            s = ""
        s = "%s(%d, %d%s" % (_tpname(self), self._h, self._mi, s)
        if self._tz is not None:
            s += ", tzinfo=%r" % (self._tz,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec="auto"):
        return (_fmt_time(self._h, self._mi, self._sec, self._us, timespec)
                + _fmt_offset(self.utcoffset()))

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, s):
        _isoarg(s)
        try:
            h, m, sec, us, tz = _parse_isotime(s[1:] if s[:1] == "T" else s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(h, m, sec, us, tz)

    def strftime(self, fmt):
        return _wrap_strftime(
            self, fmt, (1900, 1, 1, self._h, self._mi, self._sec, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _arg_type(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tz is None:
            return None
        return _check_offset("utcoffset", self._tz.utcoffset(None))

    def tzname(self):
        if self._tz is None:
            return None
        n = self._tz.tzname(None)
        if n is not None and not isinstance(n, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(n).__name__)
        return n

    def dst(self):
        if self._tz is None:
            return None
        return _check_offset("dst", self._tz.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        # As CPython: a new instance of the same type, without calling its __new__.
        h, mi, s, us, fold = _check_time(
            self._h if hour is None else hour,
            self._mi if minute is None else minute,
            self._sec if second is None else second,
            self._us if microsecond is None else microsecond,
            self._fold if fold is None else fold)
        if tzinfo is True:
            tzinfo = self._tz
        _check_tzinfo(tzinfo)
        r = object.__new__(type(self))
        r._h = h
        r._mi = mi
        r._sec = s
        r._us = us
        r._tz = tzinfo
        r._fold = fold
        return r

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        st = bytes((self._h | (128 if self._fold and protocol > 3 else 0), self._mi,
                    self._sec)) + _us_bytes(self._us)
        return type(self), (st,) if self._tz is None else (st, self._tz)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ("_h", "_mi", "_sec", "_us", "_tz", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10, 2, 1, 12):
            return _datetime_from_state(cls, _state_bytes(year), month)
        y, m, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._y = y
        self._m = m
        self._dd = d
        self._h = h
        self._mi = mi
        self._sec = s
        self._us = us
        self._tz = tzinfo
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromts(cls, t, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if not -2.0**63 <= t < 2.0**63:
                raise OverflowError("timestamp out of range for platform time_t")
            frac, t = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                t += 1
                us -= 1000000
            elif us < 0:
                t -= 1
                us += 1000000
            t = int(t)
        elif isinstance(t, int):
            if not -2**63 <= t < 2**63:
                raise OverflowError("timestamp out of range for platform time_t")
            us = 0
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        # The sandbox's local time is UTC.
        days, secs = divmod(t, 86400)
        o = 719163 + days
        y, m, d = _ord2ymd(o)
        if not 0 < o <= _MAXORDINAL:
            raise ValueError("year %d is out of range" % y)
        hh, r = divmod(secs, 3600)
        mm, ss = divmod(r, 60)
        if tz is not None:
            return tz.fromutc(_mk_dt(cls, y, m, d, hh, mm, ss, us, tz))
        return _mk_dt(cls, y, m, d, hh, mm, ss, us, None)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromts(t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromts(t, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _DATE):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _TIME):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        if cls is datetime:
            return datetime(date.year, date.month, date.day, time.hour,
                            time.minute, time.second, time.microsecond, tzinfo,
                            fold=time.fold)
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        _isoarg(s)
        try:
            n = _isodate_len(s)
            y, m, d = _parse_isodate(s[:n])
            if len(s) > n:
                h, mi, sec, us, tz = _parse_isotime(s[n + 1:])
                if len(s) == n + 1:
                    raise ValueError
            else:
                h = mi = sec = us = 0
                tz = None
        except ValueError as e:
            if e.args:
                raise
            raise ValueError("Invalid isoformat string: %r" % s) from None
        except IndexError:
            raise ValueError("Invalid isoformat string: %r" % s) from None
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, s, fmt):
        y, m, d, hh, mm, ss, us, off, name, _, _ = _strptime(s, fmt)
        if off is None:
            return cls(y, m, d, hh, mm, ss, us)
        tz = timezone(off, name) if name else timezone(off)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else (1 if dst else 0)
        return _build_struct(self._y, self._m, self._dd, self._h, self._mi,
                             self._sec, dst)

    def _local_secs(self):
        return (self.toordinal() - 719163) * 86400 + self._h * 3600 + self._mi * 60 + self._sec

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._us_total() / 10**6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        off = self.utcoffset()
        if off:
            self = self - off
        return _build_struct(self._y, self._m, self._dd, self._h, self._mi,
                             self._sec, 0)

    def date(self):
        return _DATE(self._y, self._m, self._dd)

    def time(self):
        return _TIME(self._h, self._mi, self._sec, self._us, fold=self._fold)

    def timetz(self):
        return _TIME(self._h, self._mi, self._sec, self._us, self._tz,
                     fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        y, m, d = _check_date(self._y if year is None else year,
                              self._m if month is None else month,
                              self._dd if day is None else day)
        h, mi, s, us, fold = _check_time(
            self._h if hour is None else hour,
            self._mi if minute is None else minute,
            self._sec if second is None else second,
            self._us if microsecond is None else microsecond,
            self._fold if fold is None else fold)
        if tzinfo is True:
            tzinfo = self._tz
        _check_tzinfo(tzinfo)
        r = object.__new__(type(self))
        r._y = y
        r._m = m
        r._dd = d
        r._h = h
        r._mi = mi
        r._sec = s
        r._us = us
        r._tz = tzinfo
        r._fold = fold
        return r

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            tz = _LOCAL
        mytz = self._tz
        off = None
        if mytz is not None:
            off = self.utcoffset()
        if off is None:
            # Naive: local time is UTC in the sandbox.
            off = timedelta(0)
            mytz = _LOCAL
        if tz is self._tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[self.weekday()], _MONNAMES[self._m], self._dd,
            self._h, self._mi, self._sec, self._y)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _arg_type(sep))
        return ("%04d-%02d-%02d%s" % (self._y, self._m, self._dd, sep)
                + _fmt_time(self._h, self._mi, self._sec, self._us, timespec)
                + _fmt_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        a = [self._y, self._m, self._dd, self._h, self._mi, self._sec, self._us]
        if not a[6]:
            del a[6]
            if not a[5]:
                del a[5]
        s = "%s(%s" % (_tpname(self), ", ".join(map(str, a)))
        if self._fold:
            s += ", fold=1"
        if self._tz is not None:
            s += ", tzinfo=%r" % (self._tz,)
        return s + ")"

    def utcoffset(self):
        if self._tz is None:
            return None
        return _check_offset("utcoffset", self._tz.utcoffset(self))

    def tzname(self):
        if self._tz is None:
            return None
        n = self._tz.tzname(self)
        if n is not None and not isinstance(n, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(n).__name__)
        return n

    def dst(self):
        if self._tz is None:
            return None
        return _check_offset("dst", self._tz.dst(self))

    def _us_total(self):
        return self._local_secs() * 1000000 + self._us

    def _cmp(self, other, eq):
        if self._tz is other._tz:
            a, b = self._us_total(), other._us_total()
            return (a > b) - (a < b)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if (mine is None) != (theirs is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._us_total()
        b = other._us_total()
        if mine is not None:
            a -= mine._total()
            b -= theirs._total()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s"
                            % (_tpname(self), _tpname(other)))
        return None

    def __hash__(self):
        off = self.utcoffset() if self._fold == 0 else self.replace(fold=0).utcoffset()
        k = self._us_total()
        if off is not None:
            k -= off._total()
        return hash(k)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _binop(self, other, "+")
        us = self._us + other._us
        s = self._h * 3600 + self._mi * 60 + self._sec + other._s
        if us >= 1000000:
            us -= 1000000
            s += 1
        o = _ymd2ord(self._y, self._m, self._dd) + other._d
        if s >= 86400:
            s -= 86400
            o += 1
        if not 0 < o <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        hh, s = divmod(s, 3600)
        mm, s = divmod(s, 60)
        return _mk_dt(type(self), *_ord2ymd(o), hh, mm, s, us, self._tz)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return _binop(other, self, "+")

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return _binop(self, other, "-")
        d = self._us_total() - other._us_total()
        if self._tz is not other._tz:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                d -= mine._total() - theirs._total()
        return _td_us(d)

    def __reduce_ex__(self, protocol):
        st = bytes((self._y >> 8, self._y & 255,
                    self._m | (128 if self._fold and protocol > 3 else 0), self._dd,
                    self._h, self._mi, self._sec)) + _us_bytes(self._us)
        return type(self), (st,) if self._tz is None else (st, self._tz)

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_DATE = date
_TIME = time


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_off", "_name")

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _arg_type(offset))
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _arg_type(name))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        if name is None and not offset:
            return _UTC
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._off = +offset
        self._name = name
        return self

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._off,)
        return (self._off, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._off == other._off
        return NotImplemented

    def __hash__(self):
        return hash(self._off)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._off,)
        return "datetime.timezone(%r, %r)" % (self._off, self._name)

    def __str__(self):
        return self.tzname(None)

    def _arg(self, dt, meth):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (meth, type(dt).__name__))

    def utcoffset(self, dt):
        self._arg(dt, "utcoffset")
        return self._off

    def tzname(self, dt):
        self._arg(dt, "tzname")
        if self._name is not None:
            return self._name
        off = self._off
        if not off:
            return "UTC"
        return "UTC" + _fmt_offset(off)

    def dst(self, dt):
        self._arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._off


_UTC = timezone.utc = UTC = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_LOCAL = timezone._create(timedelta(seconds=-_time.timezone), _time.tzname[0])
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_NATIVE = (date, datetime, time, timedelta, timezone, tzinfo)


# strptime

_LDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
          "sunday")
_LMONTHS = ("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december")
_PATS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>" + "|".join(_LDAYS) + ")",
    "a": "(?P<a>" + "|".join(d[:3] for d in _LDAYS) + ")",
    "B": "(?P<B>" + "|".join(_LMONTHS) + ")",
    "b": "(?P<b>" + "|".join(m[:3] for m in _LMONTHS) + ")",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_PATS["W"] = _PATS["U"].replace("<U>", "<W>")
_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_re_cache = {}


def _compile(fmt):
    import re
    r = _re_cache.get(fmt)
    if r is not None:
        return r
    out = []
    seen = set()
    i = 0
    n = len(fmt)
    src = fmt
    while i < n:
        c = src[i]
        i += 1
        if c == "%":
            if i >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            c = src[i]
            i += 1
            if c in _EXPAND:
                src = src[:i - 2] + _EXPAND[c] + src[i:]
                n = len(src)
                i -= 2
                continue
            p = _PATS.get(c)
            if p is None:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (c, fmt))
            if c != "%" and c in seen:
                p = p.replace("(?P<%s>" % c, "(?:")
            seen.add(c)
            out.append(p)
        elif c.isspace():
            while i < n and src[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
    r = re.compile("".join(out), re.IGNORECASE)
    _re_cache[fmt] = r
    return r


def _strptime(s, fmt):
    for v, k in ((s, 1), (fmt, 2)):
        if not isinstance(v, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (k, _arg_type(v)))
    rx = _compile(fmt)
    mt = rx.match(s)
    if mt is None:
        raise ValueError("time data %r does not match format %r" % (s, fmt))
    if len(s) != mt.end():
        raise ValueError("unconverted data remains: %s" % s[mt.end():])
    g = {k: v for k, v in mt.groupdict().items() if v is not None}
    year = None
    month = day = 1
    hour = minute = second = us = 0
    off = None
    name = None
    wday = julian = week = None
    wk_sun = False
    iso_year = iso_week = None
    if "y" in g:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if "Y" in g:
        year = int(g["Y"])
    if "G" in g:
        iso_year = int(g["G"])
    if "m" in g:
        month = int(g["m"])
    for k in "Bb":
        if k in g:
            month = [m[:len(g[k])] for m in _LMONTHS].index(g[k].lower()) + 1
    if "d" in g:
        day = int(g["d"])
    if "H" in g:
        hour = int(g["H"])
    if "I" in g:
        hour = int(g["I"])
        ampm = g.get("p", "").lower()
        if ampm == "pm":
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    if "M" in g:
        minute = int(g["M"])
    if "S" in g:
        second = int(g["S"])
    if "f" in g:
        us = int((g["f"] + "00000")[:6])
    for k in "Aa":
        if k in g:
            wday = [d[:len(g[k])] for d in _LDAYS].index(g[k].lower())
    if "w" in g:
        wday = (int(g["w"]) - 1) % 7
    if "u" in g:
        wday = int(g["u"]) - 1
    if "j" in g:
        julian = int(g["j"])
    if "U" in g:
        week = int(g["U"])
        wk_sun = True
    if "W" in g:
        week = int(g["W"])
    if "V" in g:
        iso_week = int(g["V"])
    if "z" in g:
        z = g["z"]
        if z == "Z":
            off = timedelta(0)
        else:
            zz = z.replace(":", "")
            sign = -1 if zz[0] == "-" else 1
            hh = int(zz[1:3])
            mm = int(zz[3:5])
            ss = int(zz[5:7] or 0)
            fr = zz[8:]
            fus = int((fr + "00000")[:6]) if fr else 0
            off = sign * timedelta(hours=hh, minutes=mm, seconds=ss,
                                   microseconds=fus)
    if "Z" in g:
        name = g["Z"]
    if iso_year is not None:
        if iso_week is None or wday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO "
                             "week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if wday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO "
                             "year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        elif iso_year is None:
            year = 1900
    if julian is None and wday is not None:
        if week is not None:
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            if wk_sun:
                first = (first + 1) % 7
                wd = (wday + 1) % 7
            else:
                wd = wday
            if week == 0:
                julian = 1 + wd - first
            else:
                wk0 = (7 - first) % 7
                julian = 1 + wk0 + (week - 1) * 7 + wd
        elif iso_year is not None and iso_week is not None:
            y, m, d = _iso_to_ymd(iso_year, iso_week, wday + 1)
            year, month, day = y, m, d
            julian = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    if julian is not None:
        o = julian - 1 + _ymd2ord(year, 1, 1)
        if o < 1:
            raise ValueError("year 0 is out of range")
        year, month, day = _ord2ymd(o)
    if leap_fix:
        year = 1900
    return year, month, day, hour, minute, second, us, off, name, leap_fix, wday


def _strptime_time(data, fmt="%a %b %d %H:%M:%S %Y"):
    # time.strptime's fields (called by the time module).
    for k, v in enumerate((data, fmt)):
        if not isinstance(v, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (k, type(v)))
    y, m, d, hh, mm, ss, _, off, name, fix, wday = _strptime(data, fmt)
    o = _ymd2ord(*_check_date(1904 if fix else y, m, d))
    yday = o - _ymd2ord(1904 if fix else y, 1, 1) + 1
    dst = -1
    if name is not None and name.lower() in ("utc", "gmt"):
        dst = 0
    gmtoff = None if off is None else off._d * 86400 + off._s
    if wday is None:
        wday = (o + 6) % 7
    return (y, m, d, hh, mm, ss, wday, yday, dst, name, gmtoff)
