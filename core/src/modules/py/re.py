"""Support for regular expressions (RE).

The matching engine is the native _sre module; this module keeps CPython's public
interface: the functions, the pattern cache, RegexFlag and re.error."""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_sre._set_error(error)

# Flag members in definition order (this order names them in reprs).
_flag_members = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
          ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
          ('DEBUG', 128))
_flag_aliases = {'A': 'ASCII', 'I': 'IGNORECASE', 'L': 'LOCALE', 'U': 'UNICODE',
            'M': 'MULTILINE', 'S': 'DOTALL', 'X': 'VERBOSE', 'T': 'TEMPLATE'}


class _FlagType(type):
    def __iter__(cls):
        return iter([cls(v) for n, v in _flag_members])

    def __len__(cls):
        return len(_flag_members)

    def __getitem__(cls, name):
        name = _flag_aliases.get(name, name)
        if name == 'NOFLAG':
            return cls(0)
        for n, v in _flag_members:
            if n == name:
                return cls(v)
        raise KeyError(name)

    def __repr__(cls):
        return "<flag 'RegexFlag'>"


class RegexFlag(int, metaclass=_FlagType):
    """The flags of re (an IntFlag)."""

    _members = {}

    def __new__(cls, value=0):
        if isinstance(value, RegexFlag):
            return value
        if not isinstance(value, int):
            raise ValueError('%r is not a valid RegexFlag' % (value,))
        value = int(value)
        if value < 0:
            value = 512 + value
        self = cls._members.get(value)
        if self is None:
            self = int.__new__(cls, value)
            cls._members[value] = self
        return self

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = []
        for n, bit in _flag_members:
            if v & bit:
                names.append(n)
                v &= ~bit
        if v or not names:
            return None
        return '|'.join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for n, bit in _flag_members:
            if v & bit:
                parts.append('re.' + n)
                v &= ~bit
        if v:
            if not parts:
                return 're.RegexFlag(%d)' % v
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        v = int(self)
        return iter([RegexFlag(b) for b in (1, 2, 4, 8, 16, 32, 64, 128, 256) if v & b])

    def __len__(self):
        return bin(int(self) & 511).count('1')

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag.NOFLAG = RegexFlag(0)
for _n, _v in _flag_members:
    globals()[_n] = RegexFlag(_v)
    setattr(RegexFlag, _n, globals()[_n])
for _a, _n in _flag_aliases.items():
    globals()[_a] = globals()[_n]
    setattr(RegexFlag, _a, globals()[_n])
del _n, _v, _a

Pattern = _sre.Pattern
Match = _sre.Match


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _sre._purge()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


_cache = {}  # ordered!

_MAXCACHE = 512


def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _sre.compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # One group per phrase; remember which group number belongs to which phrase.
        parts = []
        self._phrase_of = {}
        gid = 1
        for i, (phrase, action) in enumerate(lexicon):
            self._phrase_of[gid] = i
            parts.append('(%s)' % phrase)
            gid += 1 + _sre.compile(phrase, flags).groups
        self.scanner = _sre.compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
