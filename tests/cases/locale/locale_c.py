import locale

print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.localeconv())
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY,
      locale.LC_NUMERIC, locale.LC_MESSAGES, locale.CHAR_MAX, locale.Error, issubclass(locale.Error, Exception))
print(locale.getpreferredencoding().lower().replace('-', ''))
tests = [
    lambda: locale.setlocale(99), lambda: locale.setlocale(99, 'C'),
    lambda: locale.setlocale(locale.LC_ALL, 'fr_FR.UTF-8'), lambda: locale.setlocale(locale.LC_ALL, ('xx_YY', 'UTF-8')),
    lambda: locale.setlocale('x'), lambda: locale.setlocale(locale.LC_ALL, 5),
    lambda: locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'), lambda: locale.setlocale(locale.LC_NUMERIC),
    lambda: locale.getlocale(locale.LC_NUMERIC), lambda: locale.getlocale(locale.LC_ALL),
    lambda: locale.setlocale(locale.LC_ALL, 'POSIX'), lambda: locale.setlocale(locale.LC_ALL, (None, None)),
    lambda: locale.getlocale(), lambda: locale.getlocale(locale.LC_ALL),
    lambda: locale.strcoll('a', 'z'), lambda: locale.strcoll('b', 'a'), lambda: locale.strcoll('x', 'x'),
    lambda: locale.strxfrm('abc'), lambda: locale.strcoll(1, 'a'),
    lambda: locale.currency(1.5), lambda: locale.currency(1, international=True),
    lambda: locale.format_string('%d %.2f %s', (1234567, 1234.5, 'x'), grouping=True),
    lambda: locale.format_string('%d', 5, True, True), lambda: locale.format_string('%(a)s|%(b)05.1f', {'a': 1, 'b': 2.25}),
    lambda: locale.format_string('%%', ()), lambda: locale.format_string('%x', 255),
    lambda: locale.atof('1.5'), lambda: locale.atof('x'), lambda: locale.atof('3', int), lambda: locale.atoi('12'),
    lambda: locale.atoi('1,2'), lambda: locale.str(1 / 3), lambda: locale.str(1e20), lambda: locale.str(5),
    lambda: locale.delocalize('1,234.5'), lambda: locale.localize('1234.5', grouping=True),
    lambda: locale.nl_langinfo(999), lambda: locale.nl_langinfo(locale.RADIXCHAR),
    lambda: locale.nl_langinfo(locale.D_T_FMT), lambda: [locale.nl_langinfo(getattr(locale, 'DAY_%d' % i)) for i in range(1, 8)],
    lambda: [locale.nl_langinfo(getattr(locale, 'ABMON_%d' % i)) for i in range(1, 13)],
    lambda: [locale.nl_langinfo(getattr(locale, n)) for n in ['THOUSEP', 'AM_STR', 'PM_STR', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'T_FMT', 'T_FMT_AMPM', 'D_FMT']],
    lambda: locale.normalize('en_US.utf8'), lambda: locale.normalize('C'),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, 'C'))
