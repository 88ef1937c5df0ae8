"""Locale support (the C/POSIX locale only: the sandbox has no other locale data)."""

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


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def setlocale(category, locale=None):
    """Set the locale for the given category. The locale can be a string, an
    iterable of two strings (language code and encoding), or None.

    Iterables are converted to strings using the locale aliasing engine.
    Locale strings are passed directly to the C lib.

    category may be given as one of the LC_* values.
    """
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    from operator import index
    category = index(category)
    if not 0 <= category <= LC_ALL:
        if locale is None:
            raise Error('locale query failed')
        raise Error('unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            if all(c == _current[0] for c in _current):
                return _current[0]
            names = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                     'LC_MESSAGES']
            return ';'.join(f'{n}={v}' for n, v in zip(names, _current))
        return _current[category]
    if '\0' in locale:
        raise ValueError('embedded null character')
    name = _known(locale) if locale else 'C.UTF-8'
    if name is None:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        _current[:] = [name] * 6
    else:
        _current[category] = name
    return name


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(os1, os2):
    """Compares two strings according to the locale."""
    for i, s in ((1, os1), (2, os2)):
        if not isinstance(s, _builtin_str):
            raise TypeError(f"strcoll() argument {i} must be str, not {type(s).__name__}")
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """Return a string that can be used as a key for locale-aware comparisons."""
    if not isinstance(string, _builtin_str):
        raise TypeError(f"strxfrm() argument must be str, not {type(string).__name__}")
    return string


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account.

    Grouping is applied if the third parameter is true.
    Conversion uses monetary thousands separator and grouping strings if
    forth parameter monetary is true."""
    # The C locale has no grouping and '.' as decimal point: plain % formatting.
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings
    in the current locale."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    return format_string('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    """Convert float to string, taking the locale into account."""
    return '%.12g' % val


def delocalize(string):
    "Parses a string as a normalized number according to the locale settings."
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return string


def atof(string, func=float):
    "Parses a string as a float according to the locale settings."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale settings."
    return int(delocalize(string))


_ENCODINGS = {'utf8': 'UTF-8', 'utf-8': 'UTF-8', 'latin1': 'ISO8859-1',
              'iso88591': 'ISO8859-1', 'iso8859-1': 'ISO8859-1', 'ascii': 'ISO8859-1',
              'iso885915': 'ISO8859-15', 'iso8859-15': 'ISO8859-15'}


def normalize(localename):
    """Returns a normalized locale code for the given locale name."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    if langname in ('c', 'posix'):
        if encoding in ('utf8', 'utf-8'):
            return 'C.UTF-8'
        return 'C' if not encoding and not modifier else localename
    if not encoding:
        return localename
    lang, _, terr = langname.partition('_')
    enc = _ENCODINGS.get(encoding.replace('_', ''), encoding)
    result = lang + ('_' + terr.upper() if terr else '') + '.' + enc
    if modifier:
        result += '@' + modifier
    return result


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        lang, enc = code.split('.')[:2]
        if code == 'C.UTF-8':
            # As CPython's alias table has it.
            return 'en_US', 'UTF-8'
        return lang, enc
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings and returns
    them as tuple (language code, encoding)."""
    import warnings
    import os
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as
    tuple (language code, encoding)."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getencoding():
    """Return the locale encoding (always UTF-8 here)."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
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
