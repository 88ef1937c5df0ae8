"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_PUNCT = '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in _PUNCT


def _dashes_then_word(text, i):
    """Does text[i:] start with two or more '-' followed by a word character?"""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_hyphenated(text):
    """The chunks TextWrapper.wordsep_re splits text into (words with their hyphens,
    runs of whitespace, em-dashes)."""
    chunks = []
    n = len(text)
    p = 0
    ws = _whitespace
    while p < n:
        c = text[p]
        if c in ws:
            q = p + 1
            while q < n and text[q] in ws:
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        if p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p
            while text[q] == '-':
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        k = p + 1
        while True:
            e = k
            if e < n and text[e] == '-':
                # hyphenated word: letters around the hyphen
                behind = ((e >= 2 and _is_letter(text[e - 2]) and _is_letter(text[e - 1])) or
                          (e >= 3 and _is_letter(text[e - 3]) and text[e - 2] == '-'
                           and _is_letter(text[e - 1])))
                if behind and e + 1 < n and _is_letter(text[e + 1]) and (
                        (e + 2 < n and _is_letter(text[e + 2])) or
                        (e + 3 < n and text[e + 2] == '-' and _is_letter(text[e + 3]))):
                    chunks.append(text[p:e + 1])
                    p = e + 1
                    break
            if e >= n or text[e] in ws:
                chunks.append(text[p:e])
                p = e
                break
            if _is_word_punct(text[e - 1]) and _dashes_then_word(text, e):
                chunks.append(text[p:e])
                p = e
                break
            k += 1
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        isws = text[p] in _whitespace
        q = p + 1
        while q < n and (text[q] in _whitespace) == isws:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _sentence_end(chunk):
    """chunk ends like r'[a-z][\\.\\!\\?][\\"\\']?\\Z'."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        settings = dict(locals())
        del settings['self']
        for name, value in settings.items():
            setattr(self, name, value)

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        # A single space after a sentence end becomes two.
        pos = 0
        last = len(chunks) - 1
        while pos < last:
            if chunks[pos + 1] == " " and _sentence_end(chunks[pos]):
                chunks[pos + 1] = "  "
                pos += 2
            else:
                pos += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk alone is wider than the line: split it (if allowed)
        # or, on an otherwise empty line, let it overflow.
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        first = self.max_lines <= 1
        lead = self.initial_indent if first else self.subsequent_indent
        if len(lead) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    @staticmethod
    def _blank(chunk):
        return not chunk.strip()

    def _wrap_chunks(self, chunks):
        self._check_limits()
        pending = chunks[::-1]      # a stack: next chunk at the end
        out = []
        while pending:
            lead = self.subsequent_indent if out else self.initial_indent
            room = self.width - len(lead)
            if out and self.drop_whitespace and self._blank(pending[-1]):
                pending.pop()
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                piece = pending.pop()
                line.append(piece)
                used += len(piece)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and self._blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if self._line_allowed(len(out), pending, used, room):
                out.append(lead + ''.join(line))
                continue
            self._truncate(out, line, used, room, lead)
            break
        return out

    def _line_allowed(self, done, pending, used, room):
        if self.max_lines is None or done + 1 < self.max_lines:
            return True
        # Last permitted line: fine only if nothing (but droppable
        # whitespace) is left and the line fits.
        rest_empty = not pending or (self.drop_whitespace and len(pending) == 1
                                     and self._blank(pending[0]))
        return rest_empty and used <= room

    def _truncate(self, out, line, used, room, lead):
        mark = self.placeholder
        while line:
            if not self._blank(line[-1]) and used + len(mark) <= room:
                out.append(lead + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if out:
            previous = out[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                out[-1] = previous + mark
                return
        out.append(lead + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap the paragraph *text*; return a list of lines (no newlines)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """Wrap the paragraph *text* and return it as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then truncate *text* to fit in *width*."""
    collapsed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _indent_of(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    rows = [row if row.strip(' \t') else '' for row in text.split('\n')]
    margins = [_indent_of(row) for row in rows if row]
    if not margins:
        return '\n'.join(rows)
    # Longest common prefix of all the indents.
    low, high = min(margins), max(margins)
    size = 0
    while size < len(low) and low[size] == high[size]:
        size += 1
    if size:
        rows = [row[size:] if row else row for row in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    """Add *prefix* to the lines of *text* selected by *predicate*
    (default: lines that are not just whitespace)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + row if predicate(row) else row
                   for row in text.splitlines(True))
