"""The C half of locale: setlocale, localeconv, collation and the LC_* categories."""

import locale as _locale_mod

for _n in ('setlocale', 'localeconv', 'strcoll', 'strxfrm', 'Error', 'CHAR_MAX',
           'nl_langinfo', 'getencoding', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT',
           'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'AM_STR', 'PM_STR'):
    if hasattr(_locale_mod, _n):
        globals()[_n] = getattr(_locale_mod, _n)
del _n, _locale_mod
