"""JSONEncoder; encoding is done by `_json.encode`."""
import _json
from _json import encode_basestring_ascii, encode_basestring

c_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
py_encode_basestring = encode_basestring

INFINITY = float('inf')


def _replay(chunks, err):
    yield from chunks
    if err is not None:
        raise err


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o`` or raise TypeError (override this)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        if type(self).iterencode is JSONEncoder.iterencode:
            return self._encode(o, False)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        if _one_shot:
            return [self._encode(o, False)]
        chunks, err = self._encode(o, True)
        return _replay(chunks, err)

    def _encode(self, o, chunked):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.default, indent, self.key_separator,
                            self.item_separator, self.sort_keys, self.skipkeys,
                            self.allow_nan, self.ensure_ascii, self.check_circular,
                            chunked)
