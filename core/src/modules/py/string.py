"""A collection of string constants, Formatter and Template."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s (words as found by s.split(sep))."""
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


from collections import ChainMap as _ChainMap

_sentinel_dict = {}

try:
    import re as _re
    _IGNORECASE = _re.IGNORECASE
except ImportError:
    _IGNORECASE = 2
_IDCHARS = frozenset(ascii_letters + digits + '_')


class _LazyPattern:
    """Compiles the default Template pattern on first access (needs `re`)."""

    def __get__(self, obj, cls):
        pat = _compile_pattern(Template)
        Template.pattern = pat
        return pat


def _compile_pattern(cls):
    import re
    if 'pattern' in cls.__dict__ and not isinstance(cls.__dict__['pattern'], _LazyPattern):
        pattern = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern if cls.braceidpattern else id
        # escaped: doubled delimiter; named: $ident; braced: ${ident};
        # invalid: a delimiter followed by anything else.
        pattern = (f"{delim}(?:(?P<escaped>{delim})|(?P<named>{id})"
                   f"|{{(?P<braced>{bid})}}|(?P<invalid>))")
    return re.compile(pattern, cls.flags | re.VERBOSE)


class _Match:
    """The part of a match object Template uses, for the built-in default pattern."""
    __slots__ = ('_text', '_groups', '_start', '_end', '_istart')

    def __init__(self, text, start, end, kind, value, istart=-1):
        self._text = text
        self._start = start
        self._end = end
        self._groups = {'escaped': None, 'named': None, 'braced': None, 'invalid': None}
        self._groups[kind] = value
        self._istart = istart

    def group(self, name=0):
        if name == 0:
            return self._text[self._start:self._end]
        return self._groups[name]

    def start(self, name=0):
        return self._istart if name == 'invalid' else self._start

    def end(self):
        return self._end


def _default_matches(text):
    """Scans for $$, $name, ${name} and invalid placeholders like the default pattern."""
    i = 0
    n = len(text)
    while True:
        i = text.find('$', i)
        if i < 0:
            return
        j = i + 1
        c = text[j] if j < n else ''
        if c == '$':
            yield _Match(text, i, j + 1, 'escaped', '$')
            i = j + 1
            continue
        if c and (c in _IDCHARS) and not c.isdigit():
            k = j + 1
            while k < n and text[k] in _IDCHARS:
                k += 1
            yield _Match(text, i, k, 'named', text[j:k])
            i = k
            continue
        if c == '{':
            k = j + 1
            if k < n and text[k] in _IDCHARS and not text[k].isdigit():
                m = k + 1
                while m < n and text[m] in _IDCHARS:
                    m += 1
                if m < n and text[m] == '}':
                    yield _Match(text, i, m + 1, 'braced', text[k:m])
                    i = m + 1
                    continue
        yield _Match(text, i, j, 'invalid', '', j)
        i = j


class Template:
    """A template string with $name / ${name} placeholders ($$ is a literal $)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _IGNORECASE
    pattern = _LazyPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _compile_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _matches(self):
        if type(self) is Template:
            return _default_matches(self.template)
        return self.pattern.finditer(self.template)

    def _classify(self, mo):
        """('name', identifier), ('escaped', None) or ('invalid', None)."""
        ident = mo.group('named') or mo.group('braced')
        if ident is not None:
            return 'name', ident
        if mo.group('escaped') is not None:
            return 'escaped', None
        if mo.group('invalid') is not None:
            return 'invalid', None
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _rewrite(self, replace):
        text = self.template
        if not isinstance(text, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
        out = []
        done = 0
        for mo in self._matches():
            out.append(text[done:mo.start()])
            out.append(replace(mo))
            done = mo.end()
        out.append(text[done:])
        return ''.join(out)

    def _invalid(self, mo):
        where = mo.start('invalid')
        lines = self.template[:where].splitlines(keepends=True)
        row = len(lines) or 1
        col = len(lines[-1]) if lines else 1
        raise ValueError(f'Invalid placeholder in string: line {row}, col {col}')

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        values = _lookup_chain(mapping, kws)

        def replace(mo):
            kind, ident = self._classify(mo)
            if kind == 'name':
                return str(values[ident])
            if kind == 'escaped':
                return self.delimiter
            self._invalid(mo)
        return self._rewrite(replace)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        values = _lookup_chain(mapping, kws)

        def replace(mo):
            kind, ident = self._classify(mo)
            if kind == 'escaped':
                return self.delimiter
            if kind == 'name':
                try:
                    return str(values[ident])
                except KeyError:
                    pass
            return mo.group()
        return self._rewrite(replace)

    def is_valid(self):
        return all(self._classify(mo)[0] != 'invalid' for mo in self._matches())

    def get_identifiers(self):
        found = {}
        for mo in self._matches():
            kind, ident = self._classify(mo)
            if kind == 'name':
                found.setdefault(ident)
        return list(found)


def _lookup_chain(mapping, kws):
    if mapping is _sentinel_dict:
        return kws
    if kws:
        return _ChainMap(kws, mapping)
    return mapping


def _formatter_parser(s):
    """The (literal, field_name, format_spec, conversion) tuples of a format string."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        fstart = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                continue
            if c in '}:!':
                break
        field = s[fstart:pos - 1] if c in '}:!' else s[fstart:pos]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == '}':
                        yield (literal, field, '', conversion)
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            sstart = pos
            count = 1
            while pos < n:
                c = s[pos]
                pos += 1
                if c == '{':
                    count += 1
                elif c == '}':
                    count -= 1
                    if count == 0:
                        break
            if count:
                raise ValueError("unmatched '{' in format spec")
            spec = s[sstart:pos - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield (literal, field, spec, conversion)


def _get_integer(s):
    if s and s.isdecimal():
        return int(s)
    return -1


def _field_rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] not in '.[':
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            idx = _get_integer(name)
            yield (False, idx if idx != -1 else name)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(s):
    i = 0
    while i < len(s) and s[i] not in '.[':
        i += 1
    first = s[:i]
    idx = _get_integer(first)
    return (idx if idx != -1 else first), _field_rest(s, i)


_MIXED_NUMBERING = ('cannot switch from manual field specification '
                    'to automatic field numbering')


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text, _ = self._vformat(format_string, args, kwargs, seen, 2)
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once
        # an explicit number has been used (the two styles cannot mix).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        counter = auto_arg_index
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if counter is False:
                    raise ValueError(_MIXED_NUMBERING)
                name = str(counter)
                counter += 1
            elif name.isdigit():
                if counter:
                    raise ValueError(_MIXED_NUMBERING)
                counter = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1,
                                          auto_arg_index=counter)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), counter

    def get_value(self, key, args, kwargs):
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        return None

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converter = _CONVERTERS.get(conversion)
        if converter is None:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return converter(value)

    def parse(self, format_string):
        if not isinstance(format_string, str):
            raise TypeError(f"expected str, got {type(format_string).__name__}")
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        head, rest = _formatter_field_name_split(field_name)
        target = self.get_value(head, args, kwargs)
        for is_attr, part in rest:
            target = getattr(target, part) if is_attr else target[part]
        return target, head


_CONVERTERS = {'s': str, 'r': repr, 'a': ascii}
