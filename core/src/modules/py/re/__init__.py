"""Support for regular expressions (RE).

The matching engine is the native _sre module; this module keeps CPython's public
interface: the functions, the pattern cache, RegexFlag and re.error."""

import _sre

__all__ = """match fullmatch search sub subn split findall finditer compile purge template
escape error Pattern Match A I L M S X U ASCII IGNORECASE LOCALE MULTILINE DOTALL VERBOSE
UNICODE NOFLAG RegexFlag""".split()

__version__ = "2.2.1"


class error(Exception):
    """A regular expression could not be compiled.  msg is the bare message; pattern,
    pos (index into the pattern), lineno and colno say where (each may be None)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            eol = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = 1 + pattern.count(eol, 0, pos)
            self.colno = pos - pattern.rfind(eol, 0, pos)
            text = '%s at position %d' % (msg, pos)
            if eol in pattern:      # multi-line patterns also get line and column
                text += ' (line %d, column %d)' % (self.lineno, self.colno)
        Exception.__init__(self, text)


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
    """Match the pattern at the start of string: a Match, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against the whole of string: a Match, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first place in string where the pattern matches: a Match, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the first `count` (0: all) matches replaced by repl
    (a template string or a function of the Match)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but returns (new string, number of replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches (plus any groups' text)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match as a list (of strings, or tuples of groups)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for every non-overlapping match."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The Pattern object for a regular expression."""
    return _compile(pattern, flags)


def purge():
    """Forget every cached pattern."""
    _cache.clear()
    _sre._purge()


def template(pattern, flags=0):
    """Deprecated: compile with the TEMPLATE flag."""
    return _compile(pattern, flags | TEMPLATE)


# Every ASCII character that has a meaning in a pattern gets a backslash.
_escaped = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _escaped[ord(_c)] = '\\' + _c
del _c


def escape(pattern):
    """pattern (str or bytes) with its special characters backslash-escaped."""
    if isinstance(pattern, str):
        return pattern.translate(_escaped)
    return str(pattern, 'latin1').translate(_escaped).encode('latin1')


_cache = {}         # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _int_flags(flags):
    return flags.value if isinstance(flags, RegexFlag) else flags


def _compile(pattern, flags):
    flags = _int_flags(flags)
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if not isinstance(pattern, (str, bytes)):
        if not isinstance(pattern, Pattern):
            raise TypeError('first argument must be string or compiled pattern')
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    debug = flags & DEBUG       # (a non-int flags value fails here, as in CPython)
    compiled = _sre.compile(pattern, flags)
    if debug:
        return compiled         # DEBUG compiles are never cached (they print)
    while len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


class Scanner:
    """Experimental lexer: lexicon is [(pattern, action)]; scan() applies the first
    pattern that matches at each position and collects the actions' results."""

    def __init__(self, lexicon, flags=0):
        flags = _int_flags(flags)
        self.lexicon = lexicon
        # The phrases become one alternation, each in its own group; _phrase_of maps
        # that group's number back to the lexicon entry.
        self._phrase_of = {}
        alternatives = []
        group = 1
        for index, entry in enumerate(lexicon):
            self._phrase_of[group] = index
            alternatives.append('(%s)' % entry[0])
            group += 1 + _sre.compile(entry[0], flags).groups
        self.scanner = _sre.compile('|'.join(alternatives), flags)

    def scan(self, string):
        found = []
        step = self.scanner.scanner(string).match
        done = 0
        while True:
            m = step()
            if not m or m.end() == done:
                break
            action = self.lexicon[self._phrase_of[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m[0])
            if action is not None:
                found.append(action)
            done = m.end()
        return found, string[done:]


def _pickle(p):
    return _compile, (p.pattern, p.flags)


import copyreg as _copyreg
_copyreg.pickle(Pattern, _pickle, _compile)
