"""JSONEncoder; the printing itself is `_json.encode`."""
import _json
from _json import encode_basestring_ascii, encode_basestring

c_encode_basestring_ascii = py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = py_encode_basestring = encode_basestring

INFINITY = float('inf')


def _then_raise(pieces, error):
    # iterencode(): hand out what was produced, then report the failure (if any)
    # at the point where a step-by-step encoder would have hit it.
    yield from pieces
    if error is not None:
        raise error


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','       # no trailing blanks before the newlines
        if default is not None:
            self.default = default

    def default(self, o):
        """Return something serializable for o, or raise TypeError (subclasses override)."""
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return quote(o)
        if type(self).iterencode is JSONEncoder.iterencode:
            return self._run(o, False)
        pieces = self.iterencode(o, _one_shot=True)
        return ''.join(pieces if isinstance(pieces, (list, tuple)) else list(pieces))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in pieces."""
        if _one_shot:
            return [self._run(o, False)]
        return _then_raise(*self._run(o, True))

    def _run(self, o, chunked):
        # _json.encode returns the text, or (pieces, pending exception) when chunked.
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.default, indent, self.key_separator, self.item_separator,
                            self.sort_keys, self.skipkeys, self.allow_nan, self.ensure_ascii,
                            self.check_circular, chunked)
