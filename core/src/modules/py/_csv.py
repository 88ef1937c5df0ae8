"""CSV parsing and writing (stands in for the C module)."""

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
    __slots__ = ('_d',)

    def __init__(self, src=None, kw=None):
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
        object.__setattr__(self, '_d', d)

    def __getattr__(self, name):
        d = object.__getattribute__(self, '_d')
        if name in d:
            return d[name]
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError('attribute %r of \'_csv.Dialect\' objects is not writable'
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)




def _make_dialect(dialect, kw):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, Dialect) and not kw:
        return dialect
    if isinstance(dialect, Dialect):
        base = dict(object.__getattribute__(dialect, '_d'))
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
        self.dialect = _make_dialect(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim, quote, esc = d.delimiter, d.quotechar, d.escapechar
        quoting, skipsp, strict, dq = d.quoting, d.skipinitialspace, d.strict, d.doublequote
        limit = _limit[0]
        fields = []
        field = []
        numeric = False
        state = _START_RECORD

        def save():
            nonlocal field, numeric
            s = ''.join(field)
            field = []
            if numeric:
                numeric = False
                s = float(s)
            fields.append(s)

        def add(c):
            if len(field) >= limit:
                raise Error('field larger than field limit (%d)' % limit)
            field.append(c)

        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if strict:
                        raise Error('unexpected end of data') from None
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened '
                            'in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in list(line) + [None]:
                eol = c is None
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




class Writer:
    def __init__(self, f, dialect, kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, kw)

    def _field(self, s, quoted, out):
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
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                t = type(field)
                quoted = not (hasattr(t, '__index__') or hasattr(t, '__int__') or
                              hasattr(t, '__float__') or isinstance(field, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                s = ''
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
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
