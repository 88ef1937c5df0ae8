"""The locale API for the only locale the sandbox has: C (alias POSIX, and C.UTF-8)."""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "localize", "delocalize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# The locales the C library knows: "C" (alias "POSIX") and "C.UTF-8".
_current = ['C'] * 6


def _known(name):
    if name in ('C', 'POSIX'):
        return 'C'
    if name in ('C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8'):
        return 'C.UTF-8'
    return None


def _name_of(pair):
    # ('en_US', 'UTF-8') -> 'en_US.UTF-8'; (None, None) -> 'C'
    try:
        lang, enc = pair
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    lang = lang or 'C'
    return lang if enc is None else f'{lang}.{enc}'


def setlocale(category, locale=None):
    """Query (locale None) or set the locale of a category (an LC_* constant). Only the
    C locale exists: 'C', 'POSIX' and 'C.UTF-8'; '' picks the default, C.UTF-8."""
    from operator import index
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_name_of(locale))
    category = index(category)
    if category < 0 or category > LC_ALL:
        raise Error('locale query failed' if locale is None else 'unsupported locale setting')
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        if len(set(_current)) == 1:
            return _current[0]
        names = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                 'LC_MESSAGES')
        return ';'.join(map('='.join, zip(names, _current)))
    if '\0' in locale:
        raise ValueError('embedded null character')
    chosen = _known(locale) if locale else 'C.UTF-8'
    if chosen is None:
        raise Error('unsupported locale setting')
    for c in (range(6) if category == LC_ALL else (category,)):
        _current[c] = chosen
    return chosen


def resetlocale(category=LC_ALL):
    """Deprecated: set the category to the default locale."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


_CONV = dict(int_curr_symbol='', currency_symbol='', mon_decimal_point='',
             mon_thousands_sep='', mon_grouping=[], positive_sign='', negative_sign='',
             int_frac_digits=CHAR_MAX, frac_digits=CHAR_MAX, p_cs_precedes=CHAR_MAX,
             p_sep_by_space=CHAR_MAX, n_cs_precedes=CHAR_MAX, n_sep_by_space=CHAR_MAX,
             p_sign_posn=CHAR_MAX, n_sign_posn=CHAR_MAX, decimal_point='.',
             thousands_sep='', grouping=[])


def localeconv():
    """The C locale's number and currency conventions (a new dict each time)."""
    return {k: list(v) if isinstance(v, list) else v for k, v in _CONV.items()}


def strcoll(os1, os2):
    """Compare two strings as the locale sorts them (code point order in C): -1, 0, 1."""
    for i, s in ((1, os1), (2, os2)):
        if not isinstance(s, _builtin_str):
            raise TypeError(f"strcoll() argument {i} must be str, not {type(s).__name__}")
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """A sort key for string (the string itself in the C locale)."""
    if not isinstance(string, _builtin_str):
        raise TypeError(f"strxfrm() argument must be str, not {type(string).__name__}")
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point and digit grouping: the C locale has '.'
    and no grouping, so this is f % val."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money: impossible without a currency, as in the C locale."""
    key = 'int_frac_digits' if international else 'frac_digits'
    places = _CONV[key]
    if places == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return format_string('%%.%if' % places, abs(val), grouping, monetary=True)


def str(val):
    """A float as text with 12 significant digits."""
    return '%.12g' % val


def delocalize(string):
    """A localized number as Python writes it (no grouping, '.' as decimal point)."""
    sep, point = _CONV['thousands_sep'], _CONV['decimal_point']
    if sep:
        string = string.replace(sep, '')
    return string.replace(point, '.') if point else string


def localize(string, grouping=False, monetary=False):
    """A number written by Python in the locale's form (unchanged in C)."""
    return string


def atof(string, func=float):
    """func (float) of a localized number."""
    return func(delocalize(string))


def atoi(string):
    """int of a localized number."""
    return int(delocalize(string))


_ENCODINGS = {'utf8': 'UTF-8', 'utf-8': 'UTF-8', 'latin1': 'ISO8859-1',
              'iso88591': 'ISO8859-1', 'iso8859-1': 'ISO8859-1', 'ascii': 'ISO8859-1',
              'iso885915': 'ISO8859-15', 'iso8859-15': 'ISO8859-15'}


def normalize(localename):
    """A locale name in canonical form: 'en_us.utf8' -> 'en_US.UTF-8' (the encoding part
    only: there is no alias table)."""
    rest, at, modifier = localename.lower().replace(':', '.').partition('@')
    lang, dot, enc = rest.partition('.')
    enc = enc.split('.')[0]
    if lang in ('c', 'posix'):
        if enc in ('utf8', 'utf-8'):
            return 'C.UTF-8'
        return 'C' if not enc and not at else localename
    if not enc:
        return localename
    language, _, territory = lang.partition('_')
    out = language + ('_' + territory.upper() if territory else '')
    out += '.' + _ENCODINGS.get(enc.replace('_', ''), enc)
    return out + ('@' + modifier if at else '')


def _parse_localename(localename):
    name = normalize(localename)
    base, at, modifier = name.partition('@')
    if at and modifier == 'euro' and '.' not in base:
        return base, 'iso-8859-15'
    if base == 'C.UTF-8':
        return 'en_US', 'UTF-8'         # as CPython's alias table has it
    if '.' in base:
        lang, enc = base.split('.')[:2]
        return lang, enc
    if base == 'C':
        return None, None
    if base == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: (language, encoding) from the environment variables."""
    import os
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    found = 'C'
    for var in envvars:
        value = os.environ.get(var)
        if value:
            found = value.split(':')[0] if var == 'LANGUAGE' else value
            break
    return _parse_localename(found)


def getlocale(category=LC_CTYPE):
    """(language, encoding) of the category's locale; (None, None) for C."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getencoding():
    """The locale's encoding: UTF-8."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8."""
    return 'UTF-8'


CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9,
 ABMON_10, ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']


def nl_langinfo(key):
    """Return the value for the locale information associated with key."""
    if not isinstance(key, int):
        raise TypeError(f"'{type(key).__name__}' object cannot be interpreted as an integer")
    table = {CODESET: 'UTF-8', RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
             D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
             T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '',
             ERA_D_T_FMT: '', ERA_T_FMT: '', CRNCYSTR: '-', YESEXPR: '^[yY]',
             NOEXPR: '^[nN]'}
    if key in table:
        return table[key]
    if DAY_1 <= key <= DAY_7:
        return _DAYS[key - DAY_1]
    if ABDAY_1 <= key <= ABDAY_7:
        return _DAYS[key - ABDAY_1][:3]
    if MON_1 <= key <= MON_12:
        return _MONTHS[key - MON_1]
    if ABMON_1 <= key <= ABMON_12:
        return _MONTHS[key - ABMON_1][:3]
    raise ValueError('unsupported langinfo constant')
