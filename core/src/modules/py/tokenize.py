# tokenize for wasipy: a tokenizer of Python source written from the
# language reference (lexical analysis) and the library reference.
import collections
import itertools
import re
from codecs import BOM_UTF8, lookup
from io import TextIOWrapper
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo"]

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
tabsize = 8


class TokenInfo(collections.namedtuple('TokenInfo',
                                       'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _prefixes():
    out = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in itertools.permutations(base):
            for cased in itertools.product(*[(c, c.upper()) for c in order]):
                out.add(''.join(cased))
    return out


def _alt(*choices):
    return '(' + '|'.join(choices) + ')'


_PREFIXES = _prefixes()
_PREFIX = _alt(*sorted(_PREFIXES))
_DIGITS = r'[0-9](?:_?[0-9])*'
_EXP = r'[eE][-+]?' + _DIGITS
_POINT = _alt(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + \
    '(?:' + _EXP + ')?'
_FLOAT = _alt(_POINT, _DIGITS + _EXP)
_INT = _alt(r'0[xX](?:_?[0-9a-fA-F])+', r'0[bB](?:_?[01])+',
            r'0[oO](?:_?[0-7])+', r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)')
_NUMBER = _alt(_alt(_DIGITS + '[jJ]', _FLOAT + '[jJ]'), _FLOAT, _INT)
_OPS = _alt(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES,
                                               reverse=True)])
_ONE_LINE_STR = _alt(
    _PREFIX + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _alt("'", r'\\\r?\n'),
    _PREFIX + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _alt('"', r'\\\r?\n'))
_TOKEN_RE = re.compile(
    r'[ \f\t]*' + _alt(
        _alt(r'\\\r?\n|\Z', r'#[^\r\n]*', _PREFIX + "'''", _PREFIX + '"""'),
        _NUMBER, _alt(r'\r?\n', _OPS), _ONE_LINE_STR, r'\w+'))
_TAIL = {
    "'": re.compile(r"[^'\\]*(?:\\.[^'\\]*)*'"),
    '"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"'),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'),
}
_TRIPLE = set()
_SINGLE = set()
for _p in _PREFIXES:
    _TRIPLE.add(_p + "'''")
    _TRIPLE.add(_p + '"""')
    _SINGLE.add(_p + "'")
    _SINGLE.add(_p + '"')
del _p


def _normal_encoding(name):
    enc = name[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def detect_encoding(readline):
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '%s for %r' % (msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(text)
        if not m:
            return None
        enc = _normal_encoding(m.group(1))
        try:
            lookup(enc)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + enc
            else:
                msg = "unknown encoding for %r: %s" % (filename, enc)
            raise SyntaxError(msg)
        if bom:
            if enc != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for %r: utf-8' % filename
                raise SyntaxError(msg)
            enc += '-sig'
        return enc

    first = read()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    enc = cookie(first)
    if enc:
        return enc, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    enc = cookie(second)
    if enc:
        return enc, [first, second]
    return default, [first, second]


def open(filename):
    import builtins
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise


def tokenize(readline):
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b""))
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _scan(lines.__next__, encoding)


def generate_tokens(readline):
    return _scan(readline, None)


def _scan(readline, encoding):
    lnum = 0
    depth = 0
    joined = False
    indents = [0]
    line = ''
    prev = ''
    # state of a string that spans lines
    pending = None
    while True:
        prev = line
        try:
            line = readline()
        except StopIteration:
            line = b'' if encoding is not None else ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos = 0
        end = len(line)

        if pending is not None:
            text, start, tail, needs_cont, first_line = pending
            if not line:
                raise TokenError("EOF in multi-line string", start)
            m = tail.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, text + line[:pos], start, (lnum, pos),
                                first_line + line)
                pending = None
            elif needs_cont and line[-2:] != '\\\n' and \
                    line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, text + line, start,
                                (lnum, len(line)), first_line)
                pending = None
                continue
            else:
                pending = (text + line, start, tail, needs_cont,
                           first_line + line)
                continue
        elif depth == 0 and not joined:
            if not line:
                break
            column = 0
            while pos < end:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            c = line[pos]
            if c in '#\r\n':
                if c == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)),
                                line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos),
                                line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            joined = False

        while pos < end:
            m = _TOKEN_RE.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos),
                                (lnum, pos + 1), line)
                pos += 1
                continue
            start, stop = m.span(1)
            pos = stop
            if start == stop:
                continue
            tok = line[start:stop]
            first = line[start]
            spos = (lnum, start)
            epos = (lnum, stop)
            if first in '0123456789' or (first == '.' and tok not in
                                         ('.', '...')):
                yield TokenInfo(NUMBER, tok, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, tok, spos, epos,
                                line)
            elif first == '#':
                yield TokenInfo(COMMENT, tok, spos, epos, line)
            elif tok in _TRIPLE:
                tail = _TAIL[tok[-3:]]
                m2 = tail.match(line, pos)
                if m2:
                    pos = m2.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos),
                                    line)
                else:
                    pending = (line[start:], spos, tail, False, line)
                    break
            elif first in _SINGLE or tok[:2] in _SINGLE or tok[:3] in _SINGLE:
                if tok[-1] == '\n':
                    quote = tok.lstrip('bBrRuUfF')[0]
                    pending = (line[start:], spos, _TAIL[quote], True, line)
                    break
                yield TokenInfo(STRING, tok, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, tok, spos, epos, line)
            elif first == '\\':
                joined = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, tok, spos, epos, line)

    if prev and prev[-1] not in '\r\n' and not prev.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(prev)),
                        (lnum - 1, len(prev) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def untokenize(iterable):
    parts = []
    encoding = None
    row, col = 1, 0
    indents = []
    at_line_start = False
    it = iter(iterable)
    for tok in it:
        if len(tok) == 2:
            encoding = _untokenize_compat(tok, it, parts, encoding)
            break
        kind, text, start, end, _line = tok
        if kind == ENCODING:
            encoding = text
            continue
        if kind == ENDMARKER:
            break
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            row, col = end
            continue
        if kind in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            if start[1] >= len(indents[-1]):
                parts.append(indents[-1])
                col = len(indents[-1])
            at_line_start = False
        srow, scol = start
        if srow < row or (srow == row and scol < col):
            raise ValueError("start (%d,%d) precedes previous end (%d,%d)"
                             % (srow, scol, row, col))
        if srow > row:
            parts.append("\\\n" * (srow - row))
            col = 0
        if scol > col:
            parts.append(" " * (scol - col))
        parts.append(text)
        row, col = end
        if kind in (NEWLINE, NL):
            row += 1
            col = 0
    out = "".join(parts)
    if encoding is not None:
        out = out.encode(encoding)
    return out


def _untokenize_compat(first, rest, parts, encoding):
    indents = []
    at_line_start = first[0] in (NEWLINE, NL)
    after_string = False
    for tok in itertools.chain([first], rest):
        kind, text = tok[:2]
        if kind == ENCODING:
            encoding = text
            continue
        if kind in (NAME, NUMBER):
            text += ' '
        if kind == STRING:
            if after_string:
                text = ' ' + text
            after_string = True
        else:
            after_string = False
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            indents.pop()
            continue
        if kind in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            parts.append(indents[-1])
            at_line_start = False
        parts.append(text)
    return encoding
