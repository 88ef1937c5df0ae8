"""The codec registry and the builtin codec functions (behind `codecs`)."""

_search_functions = []
_cache = {}
_error_handlers = {}

# Codecs that str.encode/bytes.decode know: normalized alias -> canonical name.
_TEXT = {
    "utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8",
    "cp65001": "utf-8", "utf8_ucs2": "utf-8", "utf8_ucs4": "utf-8",
    "utf_8_sig": "utf-8-sig",
    "latin_1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1",
    "l1": "iso8859-1", "iso8859_1": "iso8859-1", "iso_8859_1": "iso8859-1",
    "8859": "iso8859-1", "cp819": "iso8859-1", "iso_ir_100": "iso8859-1",
    "iso_8859_1_1987": "iso8859-1", "ibm819": "iso8859-1",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "us": "ascii",
    "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii", "cp367": "ascii",
    "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii",
    "iso_ir_6": "ascii", "csascii": "ascii", "ansi_x3.4_1986": "ascii",
    "utf_16": "utf-16", "u16": "utf-16", "utf16": "utf-16",
    "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le",
    "unicodelittleunmarked": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be",
    "unicodebigunmarked": "utf-16-be",
    "utf_32": "utf-32", "u32": "utf-32", "utf32": "utf-32",
    "utf_32_le": "utf-32-le", "utf_32le": "utf-32-le",
    "utf_32_be": "utf-32-be", "utf_32be": "utf-32-be",
    "raw_unicode_escape": "raw-unicode-escape",
    "unicode_escape": "unicode-escape",
    # Single-byte code pages (tables in codecs.rs).
    "1252": "cp1252", "cp1252": "cp1252", "windows_1252": "cp1252",
    "1250": "cp1250", "cp1250": "cp1250", "windows_1250": "cp1250",
    "1251": "cp1251", "cp1251": "cp1251", "windows_1251": "cp1251",
    "437": "cp437", "cp437": "cp437", "cspc8codepage437": "cp437", "ibm437": "cp437",
    "850": "cp850", "cp850": "cp850", "cspc850multilingual": "cp850", "ibm850": "cp850",
    "csisolatin2": "iso8859-2", "iso8859_2": "iso8859-2", "iso_8859_2": "iso8859-2",
    "iso_8859_2_1987": "iso8859-2", "iso_ir_101": "iso8859-2", "l2": "iso8859-2",
    "latin2": "iso8859-2",
    "iso8859_15": "iso8859-15", "iso_8859_15": "iso8859-15", "l9": "iso8859-15",
    "latin9": "iso8859-15",
    "cskoi8r": "koi8-r", "koi8_r": "koi8-r",
    "mac_roman": "mac-roman", "macintosh": "mac-roman", "macroman": "mac-roman",
}

# Function names CPython gives the codec functions (for messages and reprs).
_FUNC = {
    "utf-8": "utf_8", "iso8859-1": "latin_1", "ascii": "ascii",
    "utf-16": "utf_16", "utf-16-le": "utf_16_le", "utf-16-be": "utf_16_be",
    "utf-32": "utf_32", "utf-32-le": "utf_32_le", "utf-32-be": "utf_32_be",
    "raw-unicode-escape": "raw_unicode_escape",
    "unicode-escape": "unicode_escape",
    "cp1252": "cp1252", "cp1250": "cp1250", "cp1251": "cp1251", "cp437": "cp437",
    "cp850": "cp850", "iso8859-2": "iso8859_2", "iso8859-15": "iso8859_15",
    "koi8-r": "koi8_r", "mac-roman": "mac_roman",
}


def _normalize(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    chars = []
    punct = False
    for ch in encoding:
        if ch.isalnum() or ch == '.':
            if punct and chars:
                chars.append('_')
            chars.append(ch)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    name = _normalize(encoding)
    info = _cache.get(name)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(name)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    else:
        import codecs
        info = codecs._builtin_search(name)
        if info is None:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[name] = info
    return info


def _call(what, encoding, func, obj, errors):
    try:
        result = func(obj, errors)
    except TypeError as e:
        raise TypeError("%s with %r codec failed (TypeError: %s)"
                        % (what, encoding, e)) from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)"
                        % ("encoder" if what == "encoding" else "decoder"))
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    return _call("encoding", encoding, lookup(encoding).encode, obj, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return _call("decoding", encoding, lookup(encoding).decode, obj, errors)


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name %r" % name) from None


def _builtin_handler(name):
    def handler(exc):
        if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError,
                                UnicodeTranslateError)):
            raise TypeError("don't know how to handle %s in error callback"
                            % type(exc).__name__)
        if name == "strict":
            raise exc
        if isinstance(exc, UnicodeEncodeError):
            bad = exc.object[exc.start:exc.end]
            try:
                out = bad.encode("ascii", name)
            except UnicodeEncodeError:
                raise exc from None
            return out.decode("latin-1") if name != "surrogateescape" else \
                "".join(chr(c) for c in out), exc.end
        bad = exc.object[exc.start:exc.end]
        out = bytes(bad).decode("ascii", name)
        return out[:1] if name == "replace" else out, exc.end
    handler.__name__ = name + "_errors"
    handler.__qualname__ = handler.__name__
    return handler


for _name in ("strict", "ignore", "replace", "xmlcharrefreplace",
              "backslashreplace", "namereplace", "surrogateescape",
              "surrogatepass"):
    _error_handlers[_name] = _builtin_handler(_name)
del _name

_BUILTIN_ERRORS = frozenset(_error_handlers)


def _check_str(func, obj):
    if not isinstance(obj, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (func, type(obj).__name__))


def _check_bytes(obj):
    try:
        return bytes(memoryview(obj))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(obj).__name__) from None


def _with_handler(kind, encoding, obj, errors):
    """Encodes or decodes with a user-registered error handler."""
    handler = lookup_error(errors)
    out = []
    pos = 0
    while True:
        try:
            if kind == "encode":
                out.append(obj[pos:].encode(encoding))
            else:
                out.append(bytes(obj[pos:]).decode(encoding))
            break
        except (UnicodeEncodeError, UnicodeDecodeError) as e:
            if kind == "encode":
                out.append(obj[pos:pos + e.start].encode(encoding))
                exc = UnicodeEncodeError(e.encoding, obj, pos + e.start,
                                         pos + e.end, e.reason)
            else:
                out.append(bytes(obj[pos:pos + e.start]).decode(encoding))
                exc = UnicodeDecodeError(e.encoding, obj, pos + e.start,
                                         pos + e.end, e.reason)
            res = handler(exc)
            if not isinstance(res, tuple) or len(res) != 2:
                raise TypeError("%s error handler must return (str/bytes, int) "
                                "tuple" % ("encoding" if kind == "encode"
                                           else "decoding"))
            rep, newpos = res
            if newpos < 0:
                newpos += len(obj)
            if kind == "encode":
                out.append(rep.encode(encoding) if isinstance(rep, str) else rep)
            else:
                out.append(rep)
            pos = newpos
    return (b"" if kind == "encode" else "").join(out)


def _make_encoder(canon):
    fname = _FUNC[canon] + "_encode"

    def encoder(str, errors=None, /):
        _check_str(fname, str)
        errors = errors or "strict"
        if errors in _BUILTIN_ERRORS:
            return str.encode(canon, errors), len(str)
        return _with_handler("encode", canon, str, errors), len(str)
    encoder.__name__ = encoder.__qualname__ = fname
    encoder.__module__ = "_codecs"
    return encoder


def _make_decoder(canon):
    fname = _FUNC[canon] + "_decode"

    def decoder(data, errors=None, final=False, /):
        data = _check_bytes(data)
        errors = errors or "strict"
        if not final and canon not in ("iso8859-1", "ascii"):
            try:
                data.decode(canon)
            except UnicodeDecodeError as e:
                if e.end == len(data) and e.reason in (
                        "unexpected end of data", "truncated data"):
                    data = data[:e.start]
        if errors in _BUILTIN_ERRORS:
            return data.decode(canon, errors), len(data)
        return _with_handler("decode", canon, data, errors), len(data)
    decoder.__name__ = decoder.__qualname__ = fname
    decoder.__module__ = "_codecs"
    return decoder


for _canon in _FUNC:
    globals()[_FUNC[_canon] + "_encode"] = _make_encoder(_canon)
    globals()[_FUNC[_canon] + "_decode"] = _make_decoder(_canon)
del _canon
