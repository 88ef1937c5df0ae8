"""CSV parsing and writing (stands in for the C module)."""

import re

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_dialects = {}
_limit = [131072]

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict')


def _char(name, v, dflt, none_ok):
    if v is _MISSING:
        return dflt
    if v is None and none_ok:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '', type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


_MISSING = object()


class Dialect:

    def __init__(self, src=None, kw=None):
        for name in kw or ():
            if name not in _ATTRS:
                raise TypeError('%r is an invalid keyword argument for this function' % name)
        vals = {}
        for name in _ATTRS:
            v = _MISSING
            if kw and name in kw:
                v = kw[name]
            elif src is not None:
                v = getattr(src, name, _MISSING)
            vals[name] = v
        d = {}
        d['delimiter'] = _char('delimiter', vals['delimiter'], ',', False)
        v = vals['doublequote']
        d['doublequote'] = True if v is _MISSING else bool(v)
        d['escapechar'] = _char('escapechar', vals['escapechar'], None, True)
        v = vals['lineterminator']
        if v is _MISSING:
            v = '\r\n'
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        d['lineterminator'] = v
        d['quotechar'] = _char('quotechar', vals['quotechar'], '"', True)
        v = vals['quoting']
        if v is _MISSING:
            v = QUOTE_NONE if vals['quotechar'] is None else QUOTE_MINIMAL
        elif not isinstance(v, int):
            raise TypeError('"quoting" must be an integer')
        d['quoting'] = v
        for name in ('skipinitialspace', 'strict'):
            v = vals[name]
            d[name] = False if v is _MISSING else bool(v)
        if d['quoting'] not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if d['quotechar'] is None and d['quoting'] != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if d['lineterminator'] is None:
            raise TypeError('lineterminator must be set')
        for k, v in d.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError('attribute %r of \'_csv.Dialect\' objects is not writable'
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    __delattr__ = lambda self, name: Dialect.__setattr__(self, name, None)


def _make_dialect(dialect, kw):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, Dialect) and not kw:
        return dialect
    if isinstance(dialect, Dialect):
        base = {k: getattr(dialect, k) for k in _ATTRS}
        base.update(kw)
        return Dialect(None, base)
    return Dialect(dialect, kw)


def register_dialect(name, dialect=None, **kw):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _make_dialect(dialect, kw) if dialect is not None else Dialect(None, kw)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return old


(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED,
 _QUOTE_IN_QUOTED, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class Reader:
    def __init__(self, csvfile, dialect, kw):
        self._it = iter(csvfile)
        self.dialect = d = _make_dialect(dialect, kw)
        self.line_num = 0
        self._params = (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.skipinitialspace,
                        d.strict, d.doublequote)
        self._quick = None
        if (d.escapechar is None and d.doublequote and d.quoting != QUOTE_NONE and
                not (d.skipinitialspace and d.delimiter == ' ')):
            sp = '(?> *)' if d.skipinitialspace else ''
            q, dl = re.escape(d.quotechar), re.escape(d.delimiter)
            self._quick = (re.compile('%s%s((?:[^%s]|%s%s)*)%s(?=%s|\r|\n|\\Z)'
                                      % (sp, q, q, q, q, q, dl)),
                           re.compile('%s((?!%s)[^%s\r\n]*)' % (sp, q, dl)),
                           d.quotechar * 2)
        special = [d.delimiter, '\r', '\n'] + ([d.escapechar] if d.escapechar else [])
        qspecial = [c for c in (d.escapechar, d.quotechar) if c]
        self._runs = (re.compile('[^%s]+' % ''.join(map(re.escape, special))),
                      re.compile('[^%s]+' % ''.join(map(re.escape, qspecial))))

    def __iter__(self):
        return self

    def _line(self):
        line = next(self._it)
        if not isinstance(line, str):
            raise Error('iterator should return strings, not %s (the file should be opened '
                        'in text mode)' % type(line).__name__)
        self.line_num += 1
        return line

    def __next__(self):
        line = self._line()
        delim, quote, esc, quoting, skipsp, strict, dq = self._params
        if (quoting == QUOTE_NONE or quote not in line) and (esc is None or esc not in line) \
                and not (skipsp and delim == ' '):
            # Fast path: a whole record on one line without quotes or escapes.
            body = line.rstrip('\r\n')
            if '\r' not in body and '\n' not in body:
                if not body:
                    return []
                parts = body.split(delim)
                if skipsp:
                    parts = [f.lstrip(' ') for f in parts]
                if max(map(len, parts)) <= _limit[0]:
                    if quoting == QUOTE_NONNUMERIC:
                        parts = [float(f) if f else f for f in parts]
                    return parts
        if self._quick is not None:
            r = self._quick_parse(line, delim, quoting == QUOTE_NONNUMERIC)
            if r is not None:
                return r
        return self._parse(line)

    def _quick_parse(self, line, delim, numeric):
        # A record on one line whose quoted fields are plain "..." (doubled quotes inside);
        # anything unusual (errors included) is left to the state machine.
        quoted, unquoted, q2 = self._quick
        limit = _limit[0]
        fields = []
        pos = 0
        n = len(line)
        while True:
            m = quoted.match(line, pos)
            if m:
                v = m.group(1)
                if q2 in v:
                    v = v.replace(q2, q2[0])
            else:
                m = unquoted.match(line, pos)
                if m is None:
                    return None
                v = m.group(1)
                if numeric and v:
                    v = float(v)
            if len(m.group(1)) > limit:
                return None
            fields.append(v)
            pos = m.end()
            if pos < n and line[pos] == delim:
                pos += 1
                continue
            rest = line[pos:]
            if rest.strip('\r\n'):
                return None
            return fields

    def _parse(self, line):
        delim, quote, esc, quoting, skipsp, strict, dq = self._params
        limit = _limit[0]
        fields = []
        field = []
        flen = 0
        numeric = False
        state = _START_RECORD
        plain, quoted_plain = self._runs

        def save():
            nonlocal field, numeric, flen
            s = ''.join(field)
            field = []
            flen = 0
            if numeric:
                numeric = False
                s = float(s)
            fields.append(s)

        def add(chunk):
            nonlocal flen
            if flen + len(chunk) > limit:
                raise Error('field larger than field limit (%d)' % limit)
            field.append(chunk)
            flen += len(chunk)

        while True:
            if line is None:
                try:
                    line = self._line()
                except StopIteration:
                    if field or state == _IN_QUOTED_FIELD:
                        if strict:
                            raise Error('unexpected end of data') from None
                        save()
                        return fields
                    raise
            i = 0
            n = len(line)
            while i <= n:
                if i < n:
                    c = line[i]
                    eol = False
                    # runs of ordinary characters are taken whole
                    if state == _IN_FIELD:
                        m = plain.match(line, i)
                        if m:
                            add(m.group())
                            i = m.end()
                            continue
                    elif state == _IN_QUOTED_FIELD:
                        m = quoted_plain.match(line, i)
                        if m:
                            add(m.group())
                            i = m.end()
                            continue
                else:
                    c = None
                    eol = True
                i += 1
                if state == _START_RECORD:
                    if eol:
                        continue
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _AFTER_ESCAPED_CRNL:
                    if eol:
                        continue
                    state = _IN_FIELD
                if state == _START_FIELD:
                    if eol or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == quote and quoting != QUOTE_NONE:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == ' ' and skipsp:
                        pass
                    elif c == delim:
                        save()
                    else:
                        if quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        add(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == '\n' or c == '\r':
                        add(c)
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        add('\n' if eol else c)
                        state = _IN_FIELD
                elif state == _IN_FIELD:
                    if eol or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        save()
                        state = _START_FIELD
                    else:
                        add(c)
                elif state == _IN_QUOTED_FIELD:
                    if eol:
                        pass
                    elif c == esc:
                        state = _ESCAPE_IN_QUOTED
                    elif c == quote and quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED if dq else _IN_FIELD
                    else:
                        add(c)
                elif state == _ESCAPE_IN_QUOTED:
                    add('\n' if eol else c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED:
                    if quoting != QUOTE_NONE and c == quote:
                        add(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        save()
                        state = _START_FIELD
                    elif eol or c == '\n' or c == '\r':
                        save()
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif not strict:
                        add(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, quote))
                elif state == _EAT_CRNL:
                    if c == '\n' or c == '\r':
                        pass
                    elif eol:
                        state = _START_RECORD
                    else:
                        raise Error('new-line character seen in unquoted field - do you need '
                                    'to open the file in universal-newline mode?')
            if state == _START_RECORD:
                return fields
            line = None




class Writer:
    def __init__(self, f, dialect, kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = d = _make_dialect(dialect, kw)
        special = [c for c in (d.delimiter, d.quotechar, d.escapechar) if c]
        special += list(d.lineterminator)
        self._needs_care = re.compile('[%s]' % ''.join(map(re.escape, special))).search
        self._q = d.quotechar or ''

    def _field(self, s, quoted, out):
        if self._needs_care(s) is None:
            out.append(self._q + s + self._q if quoted else s)
            return
        d = self.dialect
        quoting = d.quoting
        buf = []
        for c in s:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar or
                    c in d.lineterminator):
                escape = False
                if quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            buf.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    buf.append(d.escapechar)
            buf.append(c)
        body = ''.join(buf)
        if quoted:
            body = d.quotechar + body + d.quotechar
        out.append(body)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        out = []
        quoting = d.quoting
        quoted = quoting == QUOTE_ALL
        care = self._needs_care
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                t = type(field)
                quoted = not (hasattr(t, '__index__') or hasattr(t, '__int__') or
                              hasattr(t, '__float__') or isinstance(field, complex))
            if field is None:
                s = ''
            elif type(field) is str:
                s = field
            else:
                s = str(field)
            if not quoted and care(s) is None:
                out.append(s)
            else:
                self._field(s, quoted, out)
        if len(out) == 1 and out[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out = [d.quotechar * 2]
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    return Reader(csvfile, dialect, fmtparams)


def writer(csvfile, dialect='excel', **fmtparams):
    return Writer(csvfile, dialect, fmtparams)


Reader.__name__ = Reader.__qualname__ = 'reader'
Writer.__name__ = Writer.__qualname__ = 'writer'
