"""Calendar printing functions."""

import datetime as _dt

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (
            self.weekday,)


January = 1
February = 2
EPOCH = 1970
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _Names:
    __slots__ = ("_names",)

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        r = self._names[i]
        return list(r) if isinstance(i, slice) else r

    def __len__(self):
        return len(self._names)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday")
month_name = _Names([""] + list(_MONTHS))
month_abbr = _Names([""] + [m[:3] for m in _MONTHS])
day_name = _Names(list(_DAYS))
day_abbr = _Names([d[:3] for d in _DAYS])


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Number of leap years in range [y1, y2)."""
    def upto(y):
        y -= 1
        return y // 4 - y // 100 + y // 400
    return upto(y2) - upto(y1)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        year = 2000 + year % 400
    return _dt.date(year, month, day).weekday()


def _ndays(year, month):
    return 29 if month == 2 and isleap(year) else mdays[month]


def monthrange(year, month):
    """Return weekday of first day of month and number of days in month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _ndays(year, month)


def _prev_month(y, m):
    return (y - 1, 12) if m == 1 else (y, m - 1)


def _next_month(y, m):
    return (y + 1, 1) if m == 12 else (y, m + 1)


def _chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]


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
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays4(self, year, month):
        start, n = monthrange(year, month)
        before = (start - self.firstweekday) % 7
        py, pm = _prev_month(year, month)
        pn = _ndays(py, pm)
        wd = self.firstweekday
        for d in range(pn - before + 1, pn + 1):
            yield py, pm, d, wd
            wd = (wd + 1) % 7
        for d in range(1, n + 1):
            yield year, month, d, wd
            wd = (wd + 1) % 7
        after = (7 - (before + n) % 7) % 7
        ny, nm = _next_month(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield y, m, d

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield _dt.date(y, m, d)

    def itermonthdays2(self, year, month):
        for _, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0), wd

    def itermonthdays(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield d

    def monthdatescalendar(self, year, month):
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _chunks([self.monthdatescalendar(year, m)
                        for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _chunks([self.monthdays2calendar(year, m)
                        for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _chunks([self.monthdayscalendar(year, m)
                        for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendar producing plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        return ("%2i" % day if day else "").center(width)

    def formatweek(self, theweek, width):
        return " ".join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join([self.formatweekday(i, width)
                         for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        nl = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(wk, w)
                  for wk in self.monthdays2calendar(theyear, themonth)]
        return "".join(x.rstrip() + nl for x in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        nl = "\n" * max(1, l)
        c = max(2, c)
        cw = (w + 1) * 7 - 1
        out = [repr(theyear).center(cw * m + c * (m - 1)).rstrip(), nl]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * i + m, 12) + 1)
            lines = [[self.formatmonthname(theyear, k, cw, False)
                      for k in months], [header] * len(months)]
            for j in range(max(len(cal) for cal in row)):
                lines.append([self.formatweek(cal[j], w) if j < len(cal)
                              else "" for cal in row])
            out.append(nl)
            for cols in lines:
                out.append(formatstring(cols, cw, c).rstrip())
                out.append(nl)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendar producing HTML."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(self.formatweekday(i)
                                       for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %s" % (s, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        v = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
             % self.cssclass_month,
             self.formatmonthname(theyear, themonth, withyear=withyear),
             self.formatweekheader()]
        v += [self.formatweek(wk)
              for wk in self.monthdays2calendar(theyear, themonth)]
        v.append("</table>")
        return "\n".join(v) + "\n"

    def formatyear(self, theyear, width=3):
        v = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n'
             '<tr><th colspan="%d" class="%s">%s</th></tr>'
             % (self.cssclass_year, width, self.cssclass_year_head, theyear)]
        for i in range(1, 13, width):
            v.append("<tr>")
            for m in range(i, min(i + width, 13)):
                v.append("<td>%s</td>" % self.formatmonth(theyear, m, False))
            v.append("</tr>")
        v.append("</table>")
        return "".join(v)

    def formatyearpage(self, theyear, width=3, css="calendar.css",
                       encoding=None):
        if encoding is None:
            encoding = "utf-8"
        v = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
             '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
             "<html>\n<head>\n",
             '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
             % encoding]
        if css is not None:
            v.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        v.append("<title>Calendar for %d</title>\n</head>\n<body>\n" % theyear)
        v.append(self.formatyear(theyear, width))
        v.append("</body>\n</html>\n")
        return "".join(v).encode(encoding, "xmlcharrefreplace")


class LocaleTextCalendar(TextCalendar):
    """TextCalendar with names from a locale (only the C locale here)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar with names from a locale (only the C locale here)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


def formatstring(cols, colwidth=20, spacing=6):
    """Returns a string formatted from n strings, centered within n columns."""
    return (" " * spacing).join([c.center(colwidth) for c in cols])


def format(cols, colwidth=20, spacing=6):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _dt.date(year, month, 1).toordinal() - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


c = TextCalendar()
firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday
