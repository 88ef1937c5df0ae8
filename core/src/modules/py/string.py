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
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


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
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # Escape sequence of two delimiters
          (?P<named>{id})       |   # delimiter and a Python identifier
          {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )
        """
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
    """A string class for supporting $-substitutions."""

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

    def _sub(self, convert):
        parts = []
        pos = 0
        for mo in self._matches():
            parts.append(self.template[pos:mo.start()])
            parts.append(convert(mo))
            pos = mo.end()
        parts.append(self.template[pos:])
        return ''.join(parts)

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self._sub(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self._sub(convert)

    def is_valid(self):
        for mo in self._matches():
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None
                    and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._matches():
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None
                  and mo.group('invalid') is None
                  and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


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


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
