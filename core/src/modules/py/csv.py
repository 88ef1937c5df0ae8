"""CSV file reading and writing."""

import re
from io import StringIO
from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect,
                  get_dialect, list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE, Dialect as _Dialect)

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']


class Dialect:
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args,
                 **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        nf, nr = len(names), len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in names[nr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args,
                 **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' +
                                 ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Sniffer:
    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    _QUOTE_PATTERNS = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    )

    def _guess_quote_and_delimiter(self, data, delimiters):
        found = []
        for pat in self._QUOTE_PATTERNS:
            rx = re.compile(pat, re.DOTALL | re.MULTILINE)
            found = list(rx.finditer(data))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        names = rx.groupindex
        for m in found:
            q = m.group('quote')
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in names:
                continue
            dl = m.group('delim')
            if dl and (delimiters is None or dl in delimiters):
                delims[dl] = delims.get(dl, 0) + 1
            if m.group('space'):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skip = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skip = 0
        dq = re.compile(r'((%(d)s)|^)\W*%(q)s[^%(d)s\n]*%(q)s[^%(d)s\n]*%(q)s\W*((%(d)s)|$)'
                        % {'d': re.escape(delim), 'q': quotechar}, re.MULTILINE)
        return (quotechar, bool(dq.search(data)), delim, skip)

    def _guess_delimiter(self, data, delimiters):
        lines = [x for x in data.split('\n') if x]
        chunk = min(10, len(lines))
        freq = {}
        modes = {}
        delims = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for code in range(127):
                    ch = chr(code)
                    table = freq.setdefault(ch, {})
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in freq.items():
                items = list(table.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    top = max(items, key=lambda kv: kv[1])
                    rest = sum(kv[1] for kv in items if kv is not top)
                    modes[ch] = (top[0], top[1] - rest)
                else:
                    modes[ch] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (n, count) in modes.items():
                    if n > 0 and count > 0:
                        if count / total >= consistency and (delimiters is None or
                                                             ch in delimiters):
                            delims[ch] = (n, count)
                consistency -= 0.01
            if len(delims) == 1:
                ch = list(delims)[0]
                return (ch, lines[0].count(ch) == lines[0].count(ch + ' '))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for ch in self.preferred:
                if ch in delims:
                    return (ch, lines[0].count(ch) == lines[0].count(ch + ' '))
        ch = max((v, k) for k, v in delims.items())[1]
        return (ch, lines[0].count(ch) == lines[0].count(ch + ' '))

    def has_header(self, sample):
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = dict.fromkeys(range(ncols))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        score = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                score += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    score += 1
                else:
                    score -= 1
        return score > 0
