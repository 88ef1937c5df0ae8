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
    """Reads rows as dicts keyed by fieldnames (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args,
                 **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)  # a one-shot iterator: keep its values
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
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:  # blank lines are skipped (line_num stays at the first)
            row = next(self.reader)
        keys = self.fieldnames
        record = dict(zip(keys, row))
        if len(row) > len(keys):
            record[self.restkey] = row[len(keys):]
        for key in keys[len(row):]:
            record[key] = self.restval
        return record

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args,
                 **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, record):
        if self.extrasaction == 'raise':
            unknown = record.keys() - self.fieldnames
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: ' +
                                 ', '.join([repr(k) for k in unknown]))
        return [record.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(r) for r in rowdicts)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_QUOTED_PATTERNS = (
    # delimiter, optional space, quoted field, the same delimiter
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    # quoted field at a line start, then a delimiter
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    # delimiter, then a quoted field ending the line
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    # a quoted field alone on its line
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _tally(counts, key):
    counts[key] = counts.get(key, 0) + 1


def _spaced(line, ch):
    # skipinitialspace: every delimiter in the line is followed by a space
    return line.count(ch) == line.count(ch + ' ')


class Sniffer:
    """Guesses the dialect of a CSV sample, and whether it starts with a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._from_counts(sample, delimiters)
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

    def _from_quotes(self, data, delimiters):
        # quoted fields tell the quote character and, next to them, the delimiter
        for pattern in _QUOTED_PATTERNS:
            rx = re.compile(pattern, re.DOTALL | re.MULTILINE)
            hits = list(rx.finditer(data))
            if hits:
                break
        else:
            return ('', False, None, 0)
        quotes, delims, spaced = {}, {}, 0
        has_delim = 'delim' in rx.groupindex
        for m in hits:
            if m.group('quote'):
                _tally(quotes, m.group('quote'))
            if not has_delim:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                _tally(delims, d)
            if m.group('space'):
                spaced += 1
        quote = max(quotes, key=quotes.get)
        delim, skip = '', 0
        if delims:
            delim = max(delims, key=delims.get)
            skip = delims[delim] == spaced
            if delim == '\n':
                delim = ''
        d = re.escape(delim)
        doubled = re.compile(r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
                             % (d, quote, d, quote, d, quote, d), re.MULTILINE)
        return (quote, bool(doubled.search(data)), delim, skip)

    def _from_counts(self, data, delimiters):
        # a delimiter appears the same number of times on (nearly) every line
        lines = [x for x in data.split('\n') if x]
        chunk = min(10, len(lines))
        histograms = {}   # char -> {count on a line: number of lines}
        modes = {}        # char -> (most common count, its weight)
        found = {}
        done = 0
        while done < len(lines):
            for line in lines[done:done + chunk]:
                for code in range(127):
                    ch = chr(code)
                    _tally(histograms.setdefault(ch, {}), line.count(ch))
            done += chunk
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if pairs == [(0, pairs[0][1])]:
                    continue
                top = max(pairs, key=lambda kv: kv[1])
                others = sum(w for c, w in pairs if c != top[0])
                modes[ch] = (top[0], top[1] - others)
            total = float(min(done, len(lines)))
            level = 1.0
            while not found and level >= 0.9:
                for ch, (count, weight) in modes.items():
                    if count > 0 and weight > 0 and weight / total >= level and \
                            (delimiters is None or ch in delimiters):
                        found[ch] = (count, weight)
                level -= 0.01
            if len(found) == 1:
                ch = next(iter(found))
                return (ch, _spaced(lines[0], ch))
        if not found:
            return ('', 0)
        if len(found) > 1:
            for ch in self.preferred:
                if ch in found:
                    return (ch, _spaced(lines[0], ch))
        ch = max((v, k) for k, v in found.items())[1]
        return (ch, _spaced(lines[0], ch))

    def has_header(self, sample):
        # columns whose cells share a type (number) or a length; a header differs from them
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))
        for seen, row in enumerate(rows):
            if seen > 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
