"""IANA time zone support: ZoneInfo tzinfo objects read from the system's TZif files."""

import os
from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
                   '/etc/zoneinfo')
TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""
    __module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""
    __module__ = 'zoneinfo._tzpath'


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        env = os.environ.get('PYTHONTZPATH', None)
        paths = tuple(p for p in env.split(os.pathsep) if p) if env is not None \
            else _DEFAULT_TZPATH
    else:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r"
                            % (type(to), to))
        paths = tuple(to)
        relative = [p for p in paths if not os.path.isabs(p)]
        if relative:
            raise ValueError('Paths must be absolute, not relative: %s' % relative)
    TZPATH = paths


reset_tzpath()


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError('ZoneInfo keys may not be absolute paths, got: %s' % key)
    if len(os.path.normpath(key)) != len(key):
        raise ValueError('ZoneInfo keys must be normalized relative paths, got: %s' % key)
    base = '/_/'
    if not os.path.normpath(os.path.join(base, key)).startswith(base):
        raise ValueError('ZoneInfo keys must refer to subdirectories of TZPATH, got: %s'
                         % key)


def _find_file(key):
    _check_key(key)
    for base in TZPATH:
        path = os.path.join(base, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of keys of the TZif files found on TZPATH."""
    found = set()
    for base in TZPATH:
        if not os.path.isdir(base):
            continue
        for root, dirs, files in os.walk(base):
            if root == base:
                for skip in ('posix', 'right'):
                    if skip in dirs:
                        dirs.remove(skip)
            for name in files:
                path = os.path.join(root, name)
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) != b'TZif':
                            continue
                except OSError:
                    continue
                key = os.path.relpath(path, base).replace(os.sep, '/')
                if key != 'posixrules':
                    found.add(key)
    return found


# -- TZif parsing ---------------------------------------------------------------------

def _int(data, at, size):
    return int.from_bytes(data[at:at + size], 'big', signed=True)


def _parse_tzif(data):
    """(transition UTC seconds, type index per transition, [(utoff, isdst, abbr)],
    footer TZ string or None)."""
    if data[:4] != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    version = data[4:5]

    def block(at, tsize):
        counts = [int.from_bytes(data[at + 20 + 4 * i:at + 24 + 4 * i], 'big')
                  for i in range(6)]
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        at += 44
        times = [_int(data, at + tsize * i, tsize) for i in range(timecnt)]
        at += tsize * timecnt
        idx = list(data[at:at + timecnt])
        at += timecnt
        types = []
        for i in range(typecnt):
            types.append((_int(data, at, 4), data[at + 4], data[at + 5]))
            at += 6
        chars = data[at:at + charcnt]
        at += charcnt + leapcnt * (tsize + 4) + isstdcnt + isutcnt
        infos = []
        for utoff, isdst, ai in types:
            end = chars.find(b'\0', ai)
            infos.append((utoff, isdst, chars[ai:end if end >= 0 else None].decode('ascii')))
        return at, times, idx, infos

    at, times, idx, infos = block(0, 4)
    footer = None
    if version >= b'2':
        at, times, idx, infos = block(at, 8)
        rest = data[at:]
        if rest.startswith(b'\n'):
            end = rest.find(b'\n', 1)
            footer = rest[1:end].decode('ascii') if end > 0 else None
    return times, idx, infos, footer


# -- POSIX TZ strings ("EST5EDT,M3.2.0,M11.1.0") ----------------------------------------

def _tz_name(s, i):
    if s[i] == '<':
        end = s.index('>', i)
        return s[i + 1:end], end + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    return s[i:j], j


def _tz_offset(s, i):
    """Seconds of an [+-]hh[:mm[:ss]] field, and the index after it."""
    sign = 1
    if i < len(s) and s[i] in '+-':
        sign = -1 if s[i] == '-' else 1
        i += 1
    parts = []
    j = i
    while j < len(s) and (s[j].isdigit() or s[j] == ':'):
        j += 1
    for k, p in enumerate(s[i:j].split(':')):
        parts.append(int(p or 0) * (3600, 60, 1)[k])
    return sign * sum(parts), j


def _tz_rule(s):
    """A rule 'Mm.w.d[/time]', 'Jn[/time]' or 'n[/time]' as (kind, a, b, c, seconds)."""
    when, _, at = s.partition('/')
    secs = _tz_offset(at, 0)[0] if at else 7200
    if when.startswith('M'):
        m, w, d = (int(x) for x in when[1:].split('.'))
        return ('M', m, w, d, secs)
    if when.startswith('J'):
        return ('J', int(when[1:]), 0, 0, secs)
    return ('N', int(when), 0, 0, secs)


def _parse_tz(s):
    std, i = _tz_name(s, 0)
    off, i = _tz_offset(s, i)
    std_off = -off
    if i >= len(s):
        return (std, std_off, None, None, None, None)
    dst, i = _tz_name(s, i)
    dst_off = std_off + 3600
    if i < len(s) and s[i] != ',':
        off, i = _tz_offset(s, i)
        dst_off = -off
    start = end = None
    if i < len(s) and s[i] == ',':
        rules = s[i + 1:].split(',')
        start, end = _tz_rule(rules[0]), _tz_rule(rules[1])
    else:
        start, end = ('M', 3, 2, 0, 7200), ('M', 11, 1, 0, 7200)
    return (std, std_off, dst, dst_off, start, end)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_MONTH_START = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_EPOCH_DAYS = _days_before_year(1970)


def _rule_seconds(rule, year):
    """Seconds from the epoch (in local wall time of the side before the change) at which
    a rule fires in year."""
    kind, a, b, c, secs = rule
    base = _days_before_year(year) - _EPOCH_DAYS
    if kind == 'J':
        day = a - 1 + (1 if _is_leap(year) and a >= 60 else 0)
    elif kind == 'N':
        day = a
    else:
        m, w, d = a, b, c
        first = _MONTH_START[m - 1] + (1 if _is_leap(year) and m > 2 else 0)
        wday_first = (base + first + 4) % 7          # 1970-01-01 was a Thursday
        day = first + (d - wday_first) % 7 + (w - 1) * 7
        dim = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
        while day - first >= dim:
            day -= 7
    return (base + day) * 86400 + secs


class _Rule:
    """The footer rule: offsets for instants after the last listed transition."""

    def __init__(self, text):
        (self.std, self.std_off, self.dst, self.dst_off, self.start,
         self.end) = _parse_tz(text)

    def transitions(self, year):
        """[(utc seconds, (utoff, dstoff, abbr))] of the year's two changes, in order."""
        dst_info = (self.dst_off, self.dst_off - self.std_off, self.dst)
        std_info = (self.std_off, 0, self.std)
        on = _rule_seconds(self.start, year) - self.std_off
        off = _rule_seconds(self.end, year) - self.dst_off
        pairs = [(on, dst_info, std_info), (off, std_info, dst_info)]
        pairs.sort(key=lambda p: p[0])
        return pairs

    def fixed(self):
        return self.dst is None


def _ts(dt):
    """Seconds since the epoch of dt's wall-clock fields."""
    return ((dt.toordinal() - 719163) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


class ZoneInfo(tzinfo):
    """A tzinfo for an IANA time zone such as 'America/New_York'."""

    _cache = {}

    def __new__(cls, key):
        found = cls._cache.get(key)
        if found is None:
            found = cls.no_cache(key)
            found._from_cache = True
            cls._cache[key] = found
        return found

    @classmethod
    def no_cache(cls, key):
        path = _find_file(key) if isinstance(key, str) else None
        if path is None:
            if not isinstance(key, str):
                raise TypeError('expected str, bytes or os.PathLike object, not %s'
                                % type(key).__name__)
            raise ZoneInfoNotFoundError('No time zone found with key %s' % key)
        with open(path, 'rb') as f:
            data = f.read()
        self = tzinfo.__new__(cls)
        self._key = key
        self._file_repr = None
        self._from_cache = False
        self._load(data)
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        self = tzinfo.__new__(cls)
        self._key = key
        self._file_repr = repr(fobj)
        self._from_cache = False
        self._load(fobj.read())
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for k in only_keys:
                cls._cache.pop(k, None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        times, idx, infos, footer = _parse_tzif(data)
        # dst amounts: TZif only flags DST; measure it against the nearest standard time.
        infos_full = []
        for n, (utoff, isdst, abbr) in enumerate(infos):
            infos_full.append([utoff, 0, abbr, isdst])
        for i, t in enumerate(idx):
            info = infos_full[t]
            if info[3] and info[1] == 0:
                for j in (i - 1, i + 1):
                    if 0 <= j < len(idx) and not infos_full[idx[j]][3]:
                        info[1] = info[0] - infos_full[idx[j]][0]
                        break
                else:
                    info[1] = 3600
        self._trans = times
        self._infos = [tuple(x[:3]) for x in infos_full]
        self._tt = [self._infos[i] for i in idx]
        first_std = next((x for x in self._infos if not x[1]), None)
        # Before the first transition: the first standard-time type (as CPython).
        self._first = first_std if first_std is not None else (
            self._infos[0] if self._infos else (0, 0, 'UTC'))
        self._rule = _Rule(footer) if footer else None
        # Wall-clock times of each transition for fold 0 and fold 1.
        self._wall0 = []
        self._wall1 = []
        prev = self._first[0]
        for t, info in zip(times, self._tt):
            self._wall0.append(t + max(prev, info[0]))
            self._wall1.append(t + min(prev, info[0]))
            prev = info[0]

    def _info_at_utc(self, ts):
        """(info, fold) for an instant in UTC seconds."""
        trans = self._trans
        i = bisect_right(trans, ts)
        if self._rule is not None and (not trans or i == len(trans)):
            if self._rule.fixed():
                return (self._rule.std_off, 0, self._rule.std), 0
            return self._rule_info_utc(ts)
        if i == 0:
            return self._first, 0
        info = self._tt[i - 1]
        prev = self._tt[i - 2] if i >= 2 else self._first
        fold = 1 if prev[0] > info[0] and ts < trans[i - 1] + (prev[0] - info[0]) else 0
        return info, fold

    def _rule_info_utc(self, ts):
        year = datetime.utcfromtimestamp(ts).year if -62135596800 <= ts < 253402300800 \
            else 1970
        changes = []
        for y in (year - 1, year, year + 1):
            changes += self._rule.transitions(y)
        info, prev, when = changes[0][2], None, None
        for t, new, old in changes:
            if t <= ts:
                info, prev, when = new, old, t
        fold = 1 if prev is not None and prev[0] > info[0] and ts < when + (
            prev[0] - info[0]) else 0
        return info, fold

    def _info_at_wall(self, dt):
        ts = _ts(dt)
        fold = dt.fold
        walls = self._wall1 if fold else self._wall0
        i = bisect_right(walls, ts)
        if self._rule is not None and (not walls or i == len(walls)):
            if self._rule.fixed():
                return (self._rule.std_off, 0, self._rule.std)
            changes = []
            for y in (dt.year - 1, dt.year, dt.year + 1):
                changes += self._rule.transitions(y)
            info = changes[0][2]
            for t, new, old in changes:
                wall = t + (max if not fold else min)(old[0], new[0])
                if wall <= ts:
                    info = new
            return info
        if i == 0:
            return self._first
        return self._tt[i - 1]

    def utcoffset(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._info_at_wall(dt)[0])

    def dst(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._info_at_wall(dt)[1])

    def tzname(self, dt):
        if dt is None:
            return None
        return self._info_at_wall(dt)[2]

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        info, fold = self._info_at_utc(_ts(dt))
        local = dt + timedelta(seconds=info[0])
        return local.replace(fold=fold)

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return '%s(key=%r)' % (type(self).__qualname__ if type(self) is not ZoneInfo
                                   else 'zoneinfo.ZoneInfo', self._key)
        return '%s.from_file(%s)' % ('zoneinfo.ZoneInfo', self._file_repr)

    def __reduce__(self):
        if self._key is None:
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return (type(self)._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}
