# tomllib for wasipy: a TOML 1.0 reader written from the library reference
# and the TOML specification.
import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    pass


_CTRL = frozenset(chr(i) for i in range(32)) | {"\x7f"}
_BAD_BASIC = _CTRL - {"\t"}
_BAD_ML_BASIC = _CTRL - {"\t", "\n"}
_BAD_LITERAL = _BAD_BASIC
_BAD_ML_LITERAL = _BAD_ML_BASIC
_BAD_COMMENT = _BAD_BASIC
_WS = " \t"
_WS_NL = " \t\n"
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                  "0123456789-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f",
            "\\r": "\r", '\\"': '"', "\\\\": "\\"}

_TIME = (r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"
         r"(?:\.([0-9]{1,6})[0-9]*)?")
_RE_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_RE_TIME = re.compile(_TIME)
_RE_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")


def load(fp, /, *, parse_float=float):
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    src = s.replace("\r\n", "\n")
    return _Parser(src, parse_float).document()


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        if parse_float is float:
            self.pfloat = float
        else:
            def checked(text):
                v = parse_float(text)
                if isinstance(v, (dict, list)):
                    raise ValueError(
                        "parse_float must not return dicts or lists")
                return v
            self.pfloat = checked
        self.closed = set()
        self.pending = set()
        self.frozen = set()

    # -- helpers -----------------------------------------------------------
    def err(self, msg, pos=None):
        src = self.src
        if pos is None:
            pos = self.pos
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                col = pos + 1
            else:
                col = pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip(self, chars):
        src = self.src
        pos = self.pos
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        self.pos = pos

    def find_end(self, delim, bad, eof_error):
        src = self.src
        start = self.pos
        end = src.find(delim, start)
        if end < 0:
            if eof_error:
                raise self.err("Expected %r" % delim, len(src))
            end = len(src)
        for i in range(start, end):
            if src[i] in bad:
                raise self.err("Found invalid character %r" % src[i], i)
        return end

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.pos = self.find_end("\n", _BAD_COMMENT, False)

    def skip_array_space(self):
        while True:
            before = self.pos
            self.skip(_WS_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- document ----------------------------------------------------------
    def document(self):
        root = {}
        table = root
        header = ()
        src = self.src
        while True:
            self.skip(_WS)
            c = self.peek()
            if not c:
                break
            if c == "\n":
                self.pos += 1
                continue
            if c in _KEY_START:
                self.assign(table, header)
                self.skip(_WS)
            elif c == "[":
                self.closed |= self.pending
                self.pending = set()
                if self.peek(2) == "[[":
                    table, header = self.array_header(root)
                else:
                    table, header = self.table_header(root)
                self.skip(_WS)
            elif c != "#":
                raise self.err("Invalid statement")
            self.skip_comment()
            c = self.peek()
            if not c:
                break
            if c != "\n":
                raise self.err("Expected newline or end of document after "
                               "a statement")
            self.pos += 1
        del src
        return root

    def freeze(self, value):
        self.frozen.add(id(value))
        items = value.values() if isinstance(value, dict) else value
        for v in items:
            if isinstance(v, (dict, list)):
                self.freeze(v)

    def table_header(self, root):
        self.pos += 1
        self.skip(_WS)
        key = self.key()
        cur = root
        problem = None
        for i, part in enumerate(key):
            nxt = cur.get(part)
            last = i == len(key) - 1
            if nxt is None:
                nxt = cur[part] = {}
            elif isinstance(nxt, list):
                if id(nxt) in self.frozen or last:
                    problem = "twice"
                    break
                nxt = nxt[-1]
            elif not isinstance(nxt, dict):
                problem = "value"
                break
            elif id(nxt) in self.frozen or (last and id(nxt) in self.closed):
                problem = "twice"
                break
            cur = nxt
        if problem == "twice":
            raise self.err("Cannot declare %r twice" % (key,))
        if problem == "value":
            raise self.err("Cannot overwrite a value")
        self.closed.add(id(cur))
        if self.peek() != "]":
            raise self.err("Expected ']' at the end of a table declaration")
        self.pos += 1
        return cur, key

    def array_header(self, root):
        self.pos += 2
        self.skip(_WS)
        key = self.key()
        cur = root
        for part in key[:-1]:
            nxt = cur.get(part)
            if nxt is None:
                nxt = cur[part] = {}
            elif isinstance(nxt, (dict, list)) and id(nxt) in self.frozen:
                raise self.err("Cannot mutate immutable namespace %r" % (key,))
            elif isinstance(nxt, list):
                nxt = nxt[-1]
            elif not isinstance(nxt, dict):
                raise self.err("Cannot overwrite a value")
            cur = nxt
        arr = cur.get(key[-1])
        if arr is None:
            arr = cur[key[-1]] = []
            self.closed.add(id(arr))
        elif isinstance(arr, (dict, list)) and id(arr) in self.frozen:
            raise self.err("Cannot mutate immutable namespace %r" % (key,))
        elif not isinstance(arr, list):
            raise self.err("Cannot overwrite a value")
        table = {}
        arr.append(table)
        self.closed.add(id(table))
        if self.peek(2) != "]]":
            raise self.err("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return table, key

    def assign(self, table, header):
        key, value = self.key_value()
        cur = table
        problem = None
        touched = []
        for i, part in enumerate(key[:-1]):
            nxt = cur.get(part)
            if nxt is None:
                nxt = {}
                touched.append((cur, part, nxt))
            elif isinstance(nxt, (dict, list)):
                if id(nxt) in self.closed:
                    raise self.err("Cannot redefine namespace %r"
                                   % (header + key[:i + 1],))
                if id(nxt) in self.frozen:
                    problem = "frozen"
                    break
                if isinstance(nxt, list):
                    nxt = nxt[-1]
                touched.append((None, part, nxt))
            else:
                problem = "value"
                break
            cur = nxt
        if problem == "frozen":
            raise self.err("Cannot mutate immutable namespace %r"
                           % (header + key[:-1],))
        if problem == "value":
            raise self.err("Cannot overwrite a value")
        if key[-1] in cur:
            raise self.err("Cannot overwrite a value")
        for parent, part, d in touched:
            if parent is not None:
                parent[part] = d
            self.pending.add(id(d))
        if isinstance(value, (dict, list)):
            self.freeze(value)
        cur[key[-1]] = value

    # -- keys ----------------------------------------------------------------
    def key_value(self):
        key = self.key()
        if self.peek() != "=":
            raise self.err("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WS)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_WS)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_WS)
            parts.append(self.key_part())
            self.skip(_WS)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c in _BARE and c:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if c == "'":
            return self.literal()
        if c == '"':
            self.pos += 1
            return self.basic(False)
        raise self.err("Invalid initial character for a key part")

    # -- strings ---------------------------------------------------------------
    def literal(self):
        self.pos += 1
        start = self.pos
        end = self.find_end("'", _BAD_LITERAL, True)
        self.pos = end + 1
        return self.src[start:end]

    def multiline(self, quote):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        delim = quote * 3
        if quote == "'":
            start = self.pos
            end = self.find_end(delim, _BAD_ML_LITERAL, True)
            text = self.src[start:end]
            self.pos = end + 3
        else:
            text = self.basic(True)
        for _ in range(2):
            if self.peek() != quote:
                break
            text += quote
            self.pos += 1
        return text

    def basic(self, multi):
        src = self.src
        bad = _BAD_ML_BASIC if multi else _BAD_BASIC
        out = []
        start = pos = self.pos
        n = len(src)
        while True:
            if pos >= n:
                raise self.err("Unterminated string", pos)
            c = src[pos]
            if c == '"':
                if not multi:
                    out.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(out)
                if src.startswith('"""', pos):
                    out.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(out)
                pos += 1
            elif c == "\\":
                out.append(src[start:pos])
                self.pos = pos
                out.append(self.escape(multi))
                start = pos = self.pos
            elif c in bad:
                raise self.err("Illegal character %r" % c, pos)
            else:
                pos += 1

    def escape(self, multi):
        src = self.src
        esc = src[self.pos:self.pos + 2]
        self.pos += 2
        if multi and esc in ("\\ ", "\\\t", "\\\n"):
            if esc != "\\\n":
                self.skip(_WS)
                c = self.peek()
                if not c:
                    return ""
                if c != "\n":
                    raise self.err("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_WS_NL)
            return ""
        if esc == "\\u" or esc == "\\U":
            size = 4 if esc == "\\u" else 8
            digits = src[self.pos:self.pos + size]
            if len(digits) != size or not _HEX.issuperset(digits):
                raise self.err("Invalid hex value")
            self.pos += size
            cp = int(digits, 16)
            if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
                raise self.err("Escaped character is not a Unicode scalar "
                               "value")
            return chr(cp)
        try:
            return _ESCAPES[esc]
        except KeyError:
            raise self.err("Unescaped '\\' in a string") from None

    # -- values ---------------------------------------------------------------
    def value(self):
        src = self.src
        pos = self.pos
        c = src[pos:pos + 1]
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline('"')
            self.pos += 1
            return self.basic(False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline("'")
            return self.literal()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _RE_DATETIME.match(src, pos)
        if m:
            try:
                v = _to_datetime(m)
            except ValueError:
                raise self.err("Invalid date or datetime") from None
            self.pos = m.end()
            return v
        m = _RE_TIME.match(src, pos)
        if m:
            self.pos = m.end()
            h, mi, s, frac = m.groups()
            return time(int(h), int(mi), int(s), _micro(frac))
        m = _RE_NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            if m.group("frac"):
                return self.pfloat(m.group())
            return int(m.group(), 0)
        word = src[pos:pos + 3]
        if word in ("inf", "nan"):
            self.pos += 3
            return self.pfloat(word)
        word = src[pos:pos + 4]
        if word in ("+inf", "-inf", "+nan", "-nan"):
            self.pos += 4
            return self.pfloat(word)
        raise self.err("Invalid value")

    def array(self):
        self.pos += 1
        out = []
        self.skip_array_space()
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip_array_space()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return out
            if c != ",":
                raise self.err("Unclosed array")
            self.pos += 1
            self.skip_array_space()
            if self.peek() == "]":
                self.pos += 1
                return out

    def inline_table(self):
        self.pos += 1
        out = {}
        frozen = set()
        self.skip(_WS)
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key, value = self.key_value()
            cur = out
            for part in key:
                nxt = cur.get(part) if isinstance(cur, dict) else None
                if nxt is None:
                    break
                if id(nxt) in frozen:
                    raise self.err("Cannot mutate immutable namespace %r"
                                   % (key,))
                cur = nxt
            cur = out
            for part in key[:-1]:
                nxt = cur.get(part)
                if nxt is None:
                    nxt = cur[part] = {}
                elif not isinstance(nxt, dict):
                    raise self.err("Cannot overwrite a value")
                cur = nxt
            if key[-1] in cur:
                raise self.err("Duplicate inline table key %r" % key[-1])
            cur[key[-1]] = value
            self.skip(_WS)
            c = self.peek()
            if c == "}":
                self.pos += 1
                return out
            if c != ",":
                raise self.err("Unclosed inline table")
            if isinstance(value, (dict, list)):
                _mark(value, frozen)
            self.pos += 1
            self.skip(_WS)


def _mark(value, ids):
    ids.add(id(value))
    for v in (value.values() if isinstance(value, dict) else value):
        if isinstance(v, (dict, list)):
            _mark(v, ids)


def _micro(frac):
    return int(frac.ljust(6, "0")) if frac else 0


def _to_datetime(m):
    (y, mo, d, h, mi, s, frac, zulu, sign, oh, om) = m.groups()
    day = date(int(y), int(mo), int(d))
    if h is None:
        return day
    if sign:
        k = 1 if sign == "+" else -1
        tz = timezone(timedelta(hours=k * int(oh), minutes=k * int(om)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(day.year, day.month, day.day, int(h), int(mi), int(s),
                    _micro(frac), tzinfo=tz)
