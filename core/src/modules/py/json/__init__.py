"""JSON (JavaScript Object Notation) encoder and decoder.

The public API of the standard json package; the parsing and printing are done in
Rust by `_json`.
"""
__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
from _json import encode as _native_encode

# Calls with every option at its default share these two instances.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
             default, sort_keys, extra):
    if cls is None:
        if (indent is separators is default is None and not (skipkeys or sort_keys or extra)
                and ensure_ascii and check_circular and allow_nan):
            return _default_encoder
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (cls is indent is separators is default is None and not (skipkeys or sort_keys or kw)
            and ensure_ascii and check_circular and allow_nan):
        # the common case, straight to the native encoder (what encode() would do)
        return _native_encode(obj, _default_encoder.default, None, ': ', ', ', False, False,
                              True, True, True, False)
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                    separators, default, sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON text written (in pieces) to fp.write()."""
    pieces = _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                      separators, default, sort_keys, kw).iterencode(obj)
    write = fp.write
    for piece in pieces:
        write(piece)


def detect_encoding(b):
    """Guess the encoding of JSON bytes from a byte order mark, or else from where
    the NUL bytes are (JSON text starts with two ASCII characters)."""
    for mark, name in ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
                       (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'),
                       (b'\xef\xbb\xbf', 'utf-8-sig')):
        if b[:len(mark)] == mark:
            return name
    size = len(b)
    if size >= 4:
        zeros = tuple(byte == 0 for byte in b[:4])
        if zeros[0]:
            return 'utf-32-be' if zeros[1] else 'utf-16-be'
        if zeros[1]:
            return 'utf-32-le' if zeros[2] and zeros[3] else 'utf-16-le'
    elif size == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (str, bytes or bytearray holding a JSON document) to a Python object."""
    if not isinstance(s, str):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not '
                            + type(s).__name__)
        s = s.decode(detect_encoding(s), 'surrogatepass')
    elif s[:1] == '\ufeff':
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if (cls is None and not kw and object_hook is parse_float is parse_int
            is parse_constant is object_pairs_hook is None):
        return _default_decoder.decode(s)
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    for name, hook in hooks:
        if hook is not None:
            kw[name] = hook
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp.read() to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
