"""Calendar printing functions."""

import datetime as _dt

__all__ = [
    'IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday',
    'isleap', 'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month',
    'prcal', 'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
    'Calendar', 'TextCalendar', 'HTMLCalendar', 'LocaleTextCalendar', 'LocaleHTMLCalendar',
    'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY',
]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f'bad month number {self.month!r}; must be 1-12'


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f'bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)'


January, February = 1, 2
EPOCH = 1970
# days per month in a common year; index 0 is a placeholder
mdays = [0] + [31 if m in (1, 3, 5, 7, 8, 10, 12) else 30 for m in range(1, 13)]
mdays[2] = 28
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _NameTable:
    """Sequence of month or day names (slicing gives a list)."""
    __slots__ = ('_items',)

    def __init__(self, items):
        self._items = list(items)

    def __getitem__(self, index):
        picked = self._items[index]
        return list(picked) if isinstance(index, slice) else picked

    def __len__(self):
        return len(self._items)


_MONTH_WORDS = 'January February March April May June July August September October ' \
    'November December'.split()
_DAY_WORDS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
month_name = _NameTable([''] + _MONTH_WORDS)
month_abbr = _NameTable([''] + [word[:3] for word in _MONTH_WORDS])
day_name = _NameTable(_DAY_WORDS)
day_abbr = _NameTable(word[:3] for word in _DAY_WORDS)


def isleap(year):
    """True if year is a leap year in the Gregorian calendar."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def leapdays(y1, y2):
    """Number of leap years in range [y1, y2)."""
    def before(year):
        # leap years in 1 .. year-1 (extended to zero and negative years)
        last = year - 1
        return last // 4 - last // 100 + last // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """Day of the week (0 is Monday) of year, month (1-12), day (1-31)."""
    if year < _dt.MINYEAR or year > _dt.MAXYEAR:
        # the Gregorian calendar repeats every 400 years
        year = 2000 + year % 400
    return _dt.date(year, month, day).weekday()


def _days_in(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _shift_month(year, month, step):
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _emit(text):
    print(text, end='')


def _rows(items, size):
    items = list(items)
    return [items[at:at + size] for at in range(0, len(items), size)]


class Calendar(object):
    """Base calendar class; provides data to subclasses."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Weekday numbers of one week, starting at firstweekday."""
        start = self.firstweekday
        return (day % 7 for day in range(start, start + 7))

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for the full weeks covering a month."""
        first_wd, length = monthrange(year, month)
        lead = (first_wd - self.firstweekday) % 7
        py, pm = _shift_month(year, month, -1)
        prev_len = _days_in(py, pm)
        cells = [(py, pm, day) for day in range(prev_len - lead + 1, prev_len + 1)]
        cells += [(year, month, day) for day in range(1, length + 1)]
        ny, nm = _shift_month(year, month, 1)
        cells += [(ny, nm, day) for day in range(1, -len(cells) % 7 + 1)]
        for offset, (y, m, d) in enumerate(cells):
            yield y, m, d, (self.firstweekday + offset) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for the full weeks covering a month."""
        return ((y, m, d) for y, m, d, _ in self.itermonthdays4(year, month))

    def itermonthdates(self, year, month):
        """datetime.date objects for the full weeks covering a month."""
        return (_dt.date(y, m, d) for y, m, d in self.itermonthdays3(year, month))

    def itermonthdays2(self, year, month):
        """(day, weekday) pairs; days outside the month are 0."""
        for _, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0), wd

    def itermonthdays(self, year, month):
        """Day numbers; days outside the month are 0."""
        return (d for d, _ in self.itermonthdays2(year, month))

    def monthdatescalendar(self, year, month):
        return _rows(self.itermonthdates(year, month), 7)

    def monthdays2calendar(self, year, month):
        return _rows(self.itermonthdays2(year, month), 7)

    def monthdayscalendar(self, year, month):
        return _rows(self.itermonthdays(year, month), 7)

    def _year(self, per_month, year, width):
        return _rows((per_month(year, m) for m in range(1, 13)), width)

    def yeardatescalendar(self, year, width=3):
        return self._year(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._year(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._year(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Calendar producing plain text."""

    def prweek(self, theweek, width):
        _emit(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        table = day_abbr if width < 9 else day_name
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(d, width) for d in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = f'{title} {theyear!r}'
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        _emit(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(w, 2)
        end = '\n' * max(l, 1)
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                self.formatweekheader(w)]
        rows.extend(self.formatweek(week, w)
                    for week in self.monthdays2calendar(theyear, themonth))
        return ''.join(row.rstrip() + end for row in rows)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, c = max(w, 2), max(c, 2)
        end = '\n' * max(l, 1)
        col = 7 * (w + 1) - 1
        total = col * m + c * (m - 1)
        pieces = [repr(theyear).center(total).rstrip(), end]
        day_row = self.formatweekheader(w)
        for band, months in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(band * m + 1, min(band * m + m, 12) + 1)
            lines = [[self.formatmonthname(theyear, k, col, False) for k in numbers],
                     [day_row for _ in numbers]]
            tallest = max(len(weeks) for weeks in months)
            for row in range(tallest):
                lines.append([self.formatweek(weeks[row], w) if row < len(weeks) else ''
                              for weeks in months])
            pieces.append(end)
            for cells in lines:
                pieces += [formatstring(cells, col, c).rstrip(), end]
        return ''.join(pieces)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        _emit(self.formatyear(theyear, w, l, c, m))


_TABLE_OPEN = '<table border="0" cellpadding="0" cellspacing="0" class="{}">'


class HTMLCalendar(Calendar):
    """Calendar producing HTML."""

    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if not day:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'

    def formatweek(self, theweek):
        cells = ''.join(self.formatday(d, wd) for d, wd in theweek)
        return f'<tr>{cells}</tr>'

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        cells = ''.join(self.formatweekday(d) for d in self.iterweekdays())
        return f'<tr>{cells}</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = f'{title} {theyear}'
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [_TABLE_OPEN.format(self.cssclass_month),
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += map(self.formatweek, self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        parts = [_TABLE_OPEN.format(self.cssclass_year), '\n',
                 f'<tr><th colspan="{width:d}" class="{self.cssclass_year_head}">'
                 f'{theyear}</th></tr>']
        for first in range(1, 13, width):
            parts.append('<tr>')
            for mon in range(first, min(first + width, 13)):
                parts.append('<td>' + self.formatmonth(theyear, mon, False) + '</td>')
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        charset = 'utf-8' if encoding is None else encoding
        page = [f'<?xml version="1.0" encoding="{charset}"?>\n',
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n<head>\n',
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n']
        if css is not None:
            page.append(f'<link rel="stylesheet" type="text/css" href="{css}" />\n')
        page.append('<title>Calendar for %d</title>\n</head>\n<body>\n' % theyear)
        page.append(self.formatyear(theyear, width))
        page.append('</body>\n</html>\n')
        return ''.join(page).encode(charset, 'xmlcharrefreplace')


class different_locale:
    """Context manager that switches LC_TIME to another locale while active."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        import locale as _locale
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


class LocaleTextCalendar(TextCalendar):
    """TextCalendar with names from a locale (only the C locale here)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar with names from a locale (only the C locale here)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = locale


def formatstring(cols, colwidth=20, spacing=6):
    """Centre each string in a column of colwidth and join them with spacing blanks."""
    gap = ' ' * spacing
    return gap.join(text.center(colwidth) for text in cols)


def format(cols, colwidth=20, spacing=6):
    """Print formatstring(cols, colwidth, spacing)."""
    _emit(formatstring(cols, colwidth, spacing) + '\n')


_EPOCH_ORDINAL = _dt.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (inverse of time.gmtime)."""
    y, mo, d, h, mi, s = tuple[:6]
    days = _dt.date(y, mo, 1).toordinal() - _EPOCH_ORDINAL + d - 1
    return days * 86400 + h * 3600 + mi * 60 + s


# module-level functions are bound methods of one shared TextCalendar
c = TextCalendar()
firstweekday, monthcalendar = c.getfirstweekday, c.monthdayscalendar
week, prweek, weekheader = c.formatweek, c.prweek, c.formatweekheader
month, prmonth = c.formatmonth, c.prmonth
calendar, prcal = c.formatyear, c.pryear


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday
