"""The regular expression parser's view of a pattern (re._parser / sre_parse): parse()
returns a SubPattern, a list of (operator, argument) pairs. The parsing itself is done
by the native _sre module; this module gives its tree CPython's shape."""

import _sre
from re._constants import *
from re._constants import _NamedIntConstant
from re import _int_flags, RegexFlag

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")
MAXWIDTH = 1 << 64
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE
FLAGS = {"i": SRE_FLAG_IGNORECASE, "L": SRE_FLAG_LOCALE, "m": SRE_FLAG_MULTILINE,
         "s": SRE_FLAG_DOTALL, "x": SRE_FLAG_VERBOSE, "a": SRE_FLAG_ASCII,
         "t": SRE_FLAG_TEMPLATE, "u": SRE_FLAG_UNICODE}
_REPEATCODES = frozenset({MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT})
_UNITCODES = frozenset({ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY})
_NAMES = {c.name: c for c in OPCODES + ATCODES + CHCODES + [MIN_REPEAT, MAX_REPEAT]}


class State:
    """What the parser learned about a pattern: its flags and groups."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)


class SubPattern:
    """A sequence of (operator, argument) pairs."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = [] if data is None else data
        self.width = None

    def dump(self, level=0):
        pad = "  " * level
        for op, av in self.data:
            print(pad + str(op), end='')
            if op is IN:
                print()
                for op2, a in av:
                    print(pad + "  " + str(op2), a)
            elif op is BRANCH:
                print()
                for i, alt in enumerate(av[1]):
                    if i:
                        print(pad + "OR")
                    alt.dump(level + 1)
            elif op is GROUPREF_EXISTS:
                print('', av[0])
                av[1].dump(level + 1)
                if av[2]:
                    print(pad + "ELSE")
                    av[2].dump(level + 1)
            elif isinstance(av, SubPattern):
                print()
                av.dump(level + 1)
            elif isinstance(av, tuple):
                newline = False
                for a in av:
                    if isinstance(a, SubPattern):
                        if not newline:
                            print()
                        a.dump(level + 1)
                        newline = True
                    else:
                        if not newline:
                            print(' ', end='')
                        print(a, end='')
                        newline = False
                if not newline:
                    print()
            else:
                print('', av)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def getwidth(self):
        """(shortest, longest) length of a match, the longest at most MAXWIDTH."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op is BRANCH:
                widths = [alt.getwidth() for alt in av[1]]
                lo += min(w[0] for w in widths)
                hi += max(w[1] for w in widths)
            elif op is ATOMIC_GROUP:
                w = av.getwidth()
                lo, hi = lo + w[0], hi + w[1]
            elif op is SUBPATTERN:
                w = av[-1].getwidth()
                lo, hi = lo + w[0], hi + w[1]
            elif op in _REPEATCODES:
                w = av[2].getwidth()
                lo += w[0] * av[0]
                if av[1] == MAXREPEAT and w[1]:
                    hi += MAXWIDTH
                else:
                    hi += w[1] * av[1]
            elif op in _UNITCODES:
                lo += 1
                hi += 1
            elif op is GROUPREF:
                w = self.state.groupwidths[av]
                lo, hi = lo + w[0], hi + w[1]
            elif op is GROUPREF_EXISTS:
                y = av[1].getwidth()
                n = av[2].getwidth() if av[2] is not None else (0, 0)
                lo += min(y[0], n[0])
                hi += max(y[1], n[1])
        self.width = min(lo, MAXWIDTH), min(hi, MAXWIDTH)
        return self.width


def _build(state, items):
    out = SubPattern(state)
    for name, av in items:
        op = _NAMES[name]
        if op is IN:
            av = [(_NAMES[n], _NAMES[a] if n == 'CATEGORY' else a) for n, a in av]
        elif op is AT:
            av = _NAMES[av]
        elif op is BRANCH:
            av = (None, [_build(state, alt) for alt in av[1]])
        elif op in _REPEATCODES:
            hi = MAXREPEAT if av[1] == MAXREPEAT else av[1]
            av = (av[0], hi, _build(state, av[2]))
        elif op is SUBPATTERN:
            av = av[:3] + (_build(state, av[3]),)
        elif op is ATOMIC_GROUP:
            av = _build(state, av)
        elif op is GROUPREF_EXISTS:
            av = (av[0], _build(state, av[1]),
                  None if av[2] is None else _build(state, av[2]))
        elif op is ASSERT or op is ASSERT_NOT:
            av = (av[0], _build(state, av[1]))
        out.append((op, av))
    return out


def parse(str, flags=0, state=None):
    """Parses a pattern (str or bytes) into a SubPattern."""
    if state is None:
        state = State()
    gflags, groups, names, widths, tree = _sre._parse_tree(str, _int_flags(flags))
    # (flags given as a RegexFlag stay one, as CPython's parser ORs into them)
    state.flags = flags | gflags if isinstance(flags, RegexFlag) else gflags
    state.groupdict = dict(names)
    state.groupwidths = [None] + [
        tuple(MAXWIDTH if w is None else w for w in pair) for pair in widths[1:groups]]
    state.str = str
    return _build(state, tree)


def fix_flags(src, flags):
    """The flags with the pattern type's default (UNICODE for str) checked and added."""
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags
