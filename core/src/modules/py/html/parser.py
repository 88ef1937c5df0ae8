"""A parser for HTML and XHTML: a tolerant tokenizer that calls handler methods."""

import re
from html import unescape

__all__ = ['HTMLParser']

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_SPACE = ' \t\n\r\f'
_COMMENT_END = re.compile(r'--\s*>')
_CHARREF = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_PARTIAL_REF = re.compile(r'&[a-zA-Z#]')
_REF_END = re.compile(r'[\s;]')
_SECTION_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_SECTION_END = re.compile(r']\s*]\s*>')
_MS_SECTION_END = re.compile(r']\s*>')
_END_TAG_NAME = re.compile(r'\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*\Z')


class HTMLParser:
    """Tokenizes HTML fed to it in pieces and calls a handler method for each start tag,
    end tag, run of text, reference, comment, declaration and processing instruction.
    Subclass it and override the handle_* methods. With convert_charrefs (the default)
    references in text are replaced by their characters and adjacent text arrives in one
    handle_data() call."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget the input not yet handled and start afresh."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self._cdata_end = None
        self._starttag_text = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Parse some more text (any amount; constructs cut by a chunk end wait for the
        next chunk)."""
        self.rawdata += data
        self._scan(False)

    def close(self):
        """End of input: whatever is left is handled now."""
        self._scan(True)

    def getpos(self):
        """(line, column) where the construct being handled starts."""
        return (self.lineno, self.offset)

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_end = re.compile(r'</\s*%s\s*>' % re.escape(self.cdata_elem), re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self._cdata_end = None

    # Overridable handlers
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

    # The tokenizer

    def _advance(self, i, j):
        # Moves the reported position from offset i to offset j of the buffer.
        if i >= j:
            return j
        nl = self.rawdata.count('\n', i, j)
        if nl:
            self.lineno += nl
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        self.handle_data(unescape(text) if self.convert_charrefs else text)

    def _scan(self, at_end):
        raw = self.rawdata
        n = len(raw)
        i = 0
        while i < n:
            if self.cdata_elem is not None:
                m = self._cdata_end.search(raw, i)
                if m is None:
                    # Wait for the end tag; an element left open at the end is dropped.
                    break
                if i < m.start():
                    self.handle_data(raw[i:m.start()])
                i = self._advance(i, m.start())
                k = self._end_tag(i)
                i = self._advance(i, k)
                continue
            if self.convert_charrefs:
                j = raw.find('<', i)
                if j < 0:
                    # A reference cut by the end of this chunk waits for the rest.
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not at_end and not _REF_END.search(raw, amp):
                        break
                    j = n
            else:
                j = n
                for c in '<&':
                    x = raw.find(c, i)
                    if 0 <= x < j:
                        j = x
            if i < j:
                self._text(raw[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if raw[i] == '<':
                nxt = raw[i + 1:i + 2]
                if nxt and nxt in _LETTERS:
                    k = self._start_tag(i)
                elif nxt == '/':
                    k = self._end_tag(i)
                elif raw.startswith('<!--', i):
                    k = self._comment(i)
                elif nxt == '?':
                    k = self._pi(i)
                elif nxt == '!':
                    k = self._declaration(i)
                elif i + 1 < n or at_end:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not at_end:
                        break
                    k = self._unfinished(i)
                i = self._advance(i, k)
                continue
            # '&', with convert_charrefs off
            m = _CHARREF.match(raw, i)
            if m:
                k = m.end()
                self.handle_charref(raw[i + 2:k - 1])
                if raw[k - 1] != ';':
                    k -= 1
                i = self._advance(i, k)
                continue
            if raw.startswith('&#', i):
                if ';' in raw[i:]:
                    self.handle_data('&#')
                    i = self._advance(i, i + 2)
                break
            m = _ENTITYREF.match(raw, i)
            if m:
                k = m.end()
                self.handle_entityref(m.group(1))
                if raw[k - 1] != ';':
                    k -= 1
                i = self._advance(i, k)
                continue
            if _PARTIAL_REF.match(raw, i):
                break
            if i + 1 < n:
                self.handle_data('&')
                i = self._advance(i, i + 1)
                continue
            break
        if at_end and i < n and self.cdata_elem is None:
            self._text(raw[i:n])
            i = self._advance(i, n)
        self.rawdata = raw[i:]

    def _unfinished(self, i):
        # At the end of the input, an unfinished construct is text: up to its '>' if it
        # has one, else up to the next '<', else just the '<'.
        raw = self.rawdata
        k = raw.find('>', i + 1)
        if k >= 0:
            k += 1
        else:
            k = raw.find('<', i + 1)
            if k < 0:
                k = i + 1
        self._text(raw[i:k])
        return k

    def _start_tag(self, i):
        raw = self.rawdata
        n = len(raw)
        j = i + 1
        while j < n and raw[j] not in ' \t\n\r\f/>\x00':
            j += 1
        tag = raw[i + 1:j].lower()
        attrs = []
        while True:
            # separators: white space, and '/' not followed by '>'
            while j < n and (raw[j] in _SPACE or (raw[j] == '/' and raw[j + 1:j + 2] != '>')):
                if raw[j] == '/' and j + 1 >= n:
                    return -1
                j += 1
            if j >= n:
                return -1
            if raw[j] == '>':
                end = j + 1
                empty = False
                break
            if raw.startswith('/>', j):
                end = j + 2
                empty = True
                break
            start = j
            j += 1
            while j < n and raw[j] not in ' \t\n\r\f/=>':
                j += 1
            name = raw[start:j].lower()
            value = None
            k = j
            while k < n and raw[k] in _SPACE:
                k += 1
            if k < n and raw[k] == '=':
                while k < n and raw[k] == '=':
                    k += 1
                while k < n and raw[k] in _SPACE:
                    k += 1
                if k >= n:
                    return -1
                q = raw[k]
                if q in '\'"':
                    close = raw.find(q, k + 1)
                    if close < 0:
                        return -1
                    value = raw[k + 1:close]
                    j = close + 1
                else:
                    v = k
                    while v < n and raw[v] not in ' \t\n\r\f>':
                        v += 1
                    value = raw[k:v]
                    j = v
                if value:
                    value = unescape(value)
            attrs.append((name, value))
        self._starttag_text = raw[i:end]
        self.lasttag = tag
        if empty:
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def _end_tag(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        body = raw[i + 2:gt]
        if not body:
            return gt + 1
        if body[0] in _LETTERS:
            j = 0
            while j < len(body) and body[j] not in ' \t\n\r\f/\x00':
                j += 1
            tag = body[:j].lower()
        else:
            m = _END_TAG_NAME.match(body)
            if m is None:
                self.handle_comment(body)
                return gt + 1
            tag = m.group(1).lower()
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return gt + 1

    def _comment(self, i):
        m = _COMMENT_END.search(self.rawdata, i + 4)
        if m is None:
            return -1
        self.handle_comment(self.rawdata[i + 4:m.start()])
        return m.end()

    def _pi(self, i):
        gt = self.rawdata.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:gt])
        return gt + 1

    def _declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<![', i):
            if i + 3 == len(raw):
                return -1
            m = _SECTION_NAME.match(raw, i + 3)
            if m is None:
                raise AssertionError('expected name token at %r' % raw[i:i + 20])
            if m.end() == len(raw):
                return -1
            name = m.group().strip().lower()
            if name in {'temp', 'cdata', 'ignore', 'include', 'rcdata'}:
                end = _SECTION_END.search(raw, i + 3)
            elif name in {'if', 'else', 'endif'}:
                end = _MS_SECTION_END.search(raw, i + 3)
            else:
                raise AssertionError('unknown status keyword %r in marked section'
                                     % raw[i + 3:m.end()])
            if end is None:
                return -1
            self.unknown_decl(raw[i + 3:end.start()])
            return end.end()
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        if raw[i:i + 9].lower() == '<!doctype':
            if gt < i + 9:
                gt = raw.find('>', i + 9)
                if gt < 0:
                    return -1
            self.handle_decl(raw[i + 2:gt])
        else:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1
