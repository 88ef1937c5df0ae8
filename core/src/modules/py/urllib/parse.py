"""Split URLs into components, join them, and quote/unquote their parts (RFC 3986 rules
with the historical behaviour of Python's urllib.parse)."""

from collections import namedtuple as _nt

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes allow relative references, a network location, ;params, ...
uses_relative = ('- ftp http gopher nntp imap wais file https shttp mms prospero rtsp rtsps '
                 'rtspu sftp svn svn+ssh ws wss').split()
uses_netloc = ('- ftp http gopher nntp telnet imap wais file mms https shttp snews prospero '
               'rtsp rtsps rtspu rsync svn svn+ssh sftp nfs git git+ssh ws wss').split()
uses_params = ('- ftp hdl prospero http imap https shttp rtsp rtsps rtspu sip sips mms sftp '
               'tel').split()
non_hierarchical = 'gopher hdl mailto news telnet wais imap snews sip sips'.split()
uses_query = '- http wais imap https shttp mms gopher rtsp rtsps rtspu sip sips'.split()
uses_fragment = '- ftp hdl http gopher news nntp wais https shttp snews file prospero'.split()
for _l in (uses_relative, uses_netloc, uses_params, uses_query, uses_fragment):
    _l[0] = ''
del _l

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
_DIGITS = '0123456789'
scheme_chars = _LOWER + _LOWER.upper() + _DIGITS + '+-.'
_HEXDIGITS = _DIGITS + 'abcdefABCDEF'
_STRIPPED = ''.join(map(chr, range(33)))     # C0 controls and space, stripped in front


def clear_cache():
    """Nothing is cached."""


# --- str and bytes --------------------------------------------------------------------
# Functions accept str or ASCII bytes; bytes are worked on as str and the results turned
# back into bytes.

def _as_text(*args):
    text = isinstance(args[0], str)
    if any(a and isinstance(a, str) != text for a in args[1:]):
        raise TypeError("Cannot mix str and non-str arguments")
    if text:
        return args + (_same,)
    return tuple(a.decode('ascii') if a else '' for a in args) + (_to_bytes,)


def _same(x):
    return x


def _to_bytes(x):
    return x.encode('ascii')


# --- result types ---------------------------------------------------------------------

class _ResultMixinStr:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ResultMixinBytes:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


def _netloc_parts(netloc):
    """(username, password, hostname, port text) of a str or bytes netloc."""
    sep = (lambda c: c) if isinstance(netloc, str) else (lambda c: c.encode())
    userinfo, at, hostport = netloc.rpartition(sep('@'))
    user = password = None
    if at:
        user, colon, password = userinfo.partition(sep(':'))
        if not colon:
            password = None
    before, bracket, inside = hostport.partition(sep('['))
    if bracket:
        host, _, after = inside.partition(sep(']'))
        port = after.partition(sep(':'))[2]
    else:
        host, _, port = hostport.partition(sep(':'))
    return user, password, host, port or None


class _NetlocResultMixinBase:
    """username, password, hostname and port of a result's netloc."""
    __slots__ = ()

    @property
    def _userinfo(self):
        return _netloc_parts(self.netloc)[:2]

    @property
    def _hostinfo(self):
        return _netloc_parts(self.netloc)[2:]

    @property
    def username(self):
        return _netloc_parts(self.netloc)[0]

    @property
    def password(self):
        return _netloc_parts(self.netloc)[1]

    @property
    def hostname(self):
        host = _netloc_parts(self.netloc)[2]
        if not host:
            return None
        # The zone of an IPv6 address keeps its case.
        addr, pct, zone = host.partition('%' if isinstance(host, str) else b'%')
        return addr.lower() + pct + zone

    @property
    def port(self):
        text = _netloc_parts(self.netloc)[3]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(lambda cls, item: cls)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()


_DefragResultBase = _nt('DefragResult', 'url fragment')
_SplitResultBase = _nt('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = _nt('ParseResult', 'scheme netloc path params query fragment')
ResultBase = _NetlocResultMixinStr


def _defrag_url(self):
    if not self.fragment:
        return self.url
    return self.url + ('#' if isinstance(self.url, str) else b'#') + self.fragment


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()
    geturl = _defrag_url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()
    geturl = _defrag_url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()
    geturl = SplitResult.geturl


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()
    geturl = ParseResult.geturl


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b


# --- splitting ------------------------------------------------------------------------

def _is_ipv4(text):
    parts = text.split('.')
    return len(parts) == 4 and all(
        p.isascii() and p.isdigit() and len(p) <= 3 and int(p) <= 255
        and not (len(p) > 1 and p[0] == '0') for p in parts)


def _is_ipv6(text):
    addr, pct, zone = text.partition('%')
    if (pct and (not zone or '%' in zone)) or ':' not in addr:
        return False
    last = addr.rpartition(':')[2]
    if '.' in last:
        if not _is_ipv4(last):
            return False
        addr = addr[:len(addr) - len(last)] + '0:0'
    halves = addr.split('::')
    if len(halves) > 2:
        return False
    groups = [g.split(':') if g else [] for g in halves]
    count = sum(len(g) for g in groups)
    if len(halves) == 2 and count > 7 or len(halves) == 1 and count != 8:
        return False
    return all(1 <= len(g) <= 4 and all(c in _HEXDIGITS for c in g)
               for half in groups for g in half)


def _check_brackets(netloc):
    if ('[' in netloc) != (']' in netloc):
        raise ValueError("Invalid IPv6 URL")
    if '[' not in netloc:
        return
    host = netloc.partition('[')[2].partition(']')[0]
    if host[:1] == 'v':
        version, dot, rest = host[1:].partition('.')
        if not (version and dot and rest and '\n' not in rest
                and all(c in _HEXDIGITS for c in version)):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_nfkc(netloc):
    # Characters that NFKC normalisation turns into URL delimiters are refused.
    if netloc.isascii():
        return
    try:
        from unicodedata import normalize
    except ImportError:
        return
    plain = ''.join(c for c in netloc if c not in '@:#?')
    folded = normalize('NFKC', plain)
    if folded != plain and any(c in folded for c in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid "
                         "characters under NFKC normalization")


def _cut(text, seps):
    """text split before the first of the characters seps (or not at all)."""
    end = min([i for i in map(text.find, seps) if i >= 0], default=len(text))
    return text[:end], text[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    url, scheme, back = _as_text(url, scheme)
    url = url.lstrip(_STRIPPED)
    scheme = scheme.strip(_STRIPPED)
    for junk in '\t\r\n':
        url = url.replace(junk, '')
        scheme = scheme.replace(junk, '')
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() \
            and all(c in scheme_chars for c in url[:colon]):
        scheme = url[:colon].lower()
        url = url[colon + 1:]
    netloc = query = fragment = ''
    if url.startswith('//'):
        netloc, url = _cut(url[2:], '/?#')
        _check_brackets(netloc)
    if allow_fragments and '#' in url:
        url, _, fragment = url.partition('#')
    if '?' in url:
        url, _, query = url.partition('?')
    _check_nfkc(netloc)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, back = _as_text(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        # The parameters of the last path segment only.
        start = path.rfind('/') if '/' in path else 0
        semi = path.find(';', max(start, 0))
        if semi >= 0:
            path, params = path[:semi], path[semi + 1:]
    return back(ParseResult(parts.scheme, parts.netloc, path, params, parts.query,
                            parts.fragment))


def urlunsplit(components):
    """Put a URL back together from the five parts urlsplit() gives."""
    scheme, netloc, path, query, fragment, back = _as_text(*components)
    wants_authority = scheme and scheme in uses_netloc and not path.startswith('//')
    if netloc or wants_authority:
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    out = [scheme + ':' if scheme else '', path]
    if query:
        out.append('?' + query)
    if fragment:
        out.append('#' + fragment)
    return back(''.join(out))


def urlunparse(components):
    """Put a URL back together from the six parts urlparse() gives."""
    scheme, netloc, path, params, query, fragment, back = _as_text(*components)
    if params:
        path = f'{path};{params}'
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _merge(base_path, ref_path):
    # RFC 3986 5.2: the reference's segments after the base's directory, with empty
    # segments in between dropped, then '.' and '..' resolved.
    if ref_path.startswith('/'):
        segs = ref_path.split('/')
    else:
        head = base_path.split('/')
        if head[-1]:
            head.pop()
        segs = head + ref_path.split('/')
        segs = segs[:1] + [s for s in segs[1:-1] if s] + segs[-1:]
    out = []
    for s in segs:
        if s == '..':
            out[-1:] = []
        elif s != '.':
            out.append(s)
    if segs[-1] in ('.', '..'):
        out.append('')
    return '/'.join(out) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _as_text(base, url)
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    scheme, netloc, path, params, query, fragment = r
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse(r))
        netloc = b.netloc
    if path or params:
        path = _merge(b.path, path)
    else:
        path, params, query = b.path, b.params, query or b.query
    return back(urlunparse((scheme, netloc, path, params, query, fragment)))


def urldefrag(url):
    """The URL without its fragment, and the fragment."""
    url, back = _as_text(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    parts = urlparse(url)
    return back(DefragResult(urlunparse(parts._replace(fragment='')), parts.fragment))


# --- quoting --------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset((_LOWER + _LOWER.upper() + _DIGITS + '_.-~').encode())
_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))


def unquote_to_bytes(string):
    """'abc%20def' -> b'abc def'."""
    if not string:
        string.split          # TypeError for non-strings, as CPython
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    if b'%' not in string:
        return string
    out = bytearray()
    pos = 0
    while True:
        pct = string.find(b'%', pos)
        if pct < 0:
            out += string[pos:]
            return bytes(out)
        out += string[pos:pct]
        pair = string[pct + 1:pct + 3]
        if len(pair) == 2 and all(chr(c) in _HEXDIGITS for c in pair):
            out.append(int(pair, 16))
            pos = pct + 3
        else:
            out.append(0x25)
            pos = pct + 1


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by the characters they encode (UTF-8 by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    # Runs of ASCII are decoded as bytes; other characters are kept as they are.
    pieces = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        while end < n and string[end] < '\x80':
            end += 1
        if end > start:
            pieces.append(unquote_to_bytes(string[start:end]).decode(encoding, errors))
        other = end
        while other < n and string[other] >= '\x80':
            other += 1
        pieces.append(string[end:other])
        start = other
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() that also turns '+' into a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE | set(safe)
    return ''.join(chr(c) if c in keep else f'%{c:02X}' for c in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Escape the characters of string that are not letters, digits, '_.-~' or in safe."""
    if not isinstance(string, str):
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() that also turns spaces into '+' (for form values)."""
    if isinstance(string, str):
        spaced = ' ' in string
    elif isinstance(string, bytes):
        spaced = b' ' in string
    else:
        spaced = True
    if not spaced:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


# --- query strings --------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs."""
    qs, back = _as_text(qs)
    separator = _as_text(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as an 'a=1&b=2' query string."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from exc

    def esc(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(x if isinstance(x, str) else str(x), safe, encoding, errors)

    out = []
    for key, value in query:
        key = esc(key)
        if not doseq or isinstance(value, (str, bytes)):
            out.append(key + '=' + esc(value))
            continue
        try:
            len(value)
        except TypeError:
            out.append(key + '=' + esc(str(value)))
        else:
            out.extend(key + '=' + esc(item) for item in value)
    return '&'.join(out)


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url
