"""Codec registry, base classes and helpers (see the `codecs` docs)."""

import sys
import _codecs
from _codecs import *
from _codecs import (register, unregister, lookup, encode, decode,
                     register_error, lookup_error)

# Byte order marks: the UTF-8 one, then per width the little- and big-endian
# forms; the unqualified names are this machine's order.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE, BOM_UTF16_BE = b'\xff\xfe', b'\xfe\xff'
BOM_UTF32_LE, BOM_UTF32_BE = BOM_UTF16_LE + b'\0\0', b'\0\0' + BOM_UTF16_BE
BOM_LE, BOM_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE
_NATIVE = sys.byteorder == 'little'
BOM = BOM_UTF16 = BOM_UTF16_LE if _NATIVE else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _NATIVE else BOM_UTF32_BE

for _handler in ("strict", "ignore", "replace", "xmlcharrefreplace",
                 "backslashreplace", "namereplace"):
    globals()[_handler + "_errors"] = lookup_error(_handler)
del _handler

__all__ = [name for name in list(globals()) if name.startswith("BOM")] + [
    "register", "lookup", "open", "EncodedFile", "CodecInfo", "Codec",
    "IncrementalEncoder", "IncrementalDecoder", "StreamReader",
    "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder",
    "getdecoder", "getincrementalencoder", "getincrementaldecoder",
    "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
    "strict_errors", "ignore_errors", "replace_errors",
    "xmlcharrefreplace_errors", "backslashreplace_errors",
    "namereplace_errors", "register_error", "lookup_error"]


class CodecInfo(tuple):
    """What lookup() returns: a 4-tuple (encode, decode, reader, writer) that
    also carries the incremental classes and the codec's name."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = super().__new__(cls, (encode, decode, streamreader,
                                     streamwriter))
        info.__dict__.update(
            name=name, encode=encode, decode=decode,
            streamreader=streamreader, streamwriter=streamwriter,
            incrementalencoder=incrementalencoder,
            incrementaldecoder=incrementaldecoder)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            cls.__module__, cls.__qualname__, self.name, id(self))


class Codec:
    """Stateless encoder/decoder interface."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors, self.buffer = errors, ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any pending state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restore a state from getstate()."""


class IncrementalDecoder:
    """Decodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any pending state."""

    def getstate(self):
        return b"", 0

    def setstate(self, state):
        """Restore a state from getstate()."""


class _Pending:
    """Keeps the input a step could not consume for the next step."""

    _empty = None

    def _step(self, convert, input, final):
        data = self.buffer + input
        output, used = convert(data, self.errors, final)
        self.buffer = data[used:]
        return output

    def reset(self):
        self.buffer = self._empty


class BufferedIncrementalEncoder(_Pending, IncrementalEncoder):
    _empty = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        return self._step(self._buffer_encode, input, final)

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class BufferedIncrementalDecoder(_Pending, IncrementalDecoder):
    _empty = b""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        return self._step(self._buffer_decode, input, final)

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer = state[0]


class _Wrapper:
    """Delegates unknown attributes to the wrapped stream and closes it on
    leaving a with block."""

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


class StreamWriter(_Wrapper, Codec):
    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        """Writers here keep no state."""


class StreamReader(_Wrapper, Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def _feed(self, raw):
        """Decodes raw bytes after the pending ones; False at end of input."""
        pending = self.bytebuffer + raw
        if not pending:
            return False
        text, used = self.decode(pending, self.errors)
        self.bytebuffer = pending[used:]
        self.charbuffer += text
        return bool(raw)

    def read(self, size=-1, chars=-1, firstline=False):
        if size < 0:
            self._feed(self.stream.read())
        while 0 <= chars and len(self.charbuffer) < chars:
            if not self._feed(self.stream.read(size if size >= 0 else -1)):
                break
        if size >= 0 and chars < 0:
            self._feed(self.stream.read(size))
        take = len(self.charbuffer) if chars < 0 else chars
        result = self.charbuffer[:take]
        self.charbuffer = self.charbuffer[take:]
        return result

    def readline(self, size=None, keepends=True):
        while "\n" not in self.charbuffer:
            if not self._feed(self.stream.read(72)):
                line, self.charbuffer = self.charbuffer, ""
                return line
        cut = self.charbuffer.index("\n") + 1
        line, self.charbuffer = self.charbuffer[:cut], self.charbuffer[cut:]
        return line if keepends else line[:-1]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer, self.charbuffer = b"", ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StreamReaderWriter(_Wrapper):
    """A stream that reads and writes through a codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)


class StreamRecoder(_Wrapper):
    """Reads and writes data in one encoding from a file in another."""

    data_encoding = file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' not in mode:
        mode += 'b'
    raw = builtins.open(filename, mode, buffering)
    try:
        info = lookup(encoding)
        stream = StreamReaderWriter(raw, info.streamreader, info.streamwriter,
                                    errors)
    except BaseException:
        raw.close()
        raise
    stream.encoding = encoding
    return stream


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    data_side = lookup(data_encoding)
    file_side = lookup(file_encoding or data_encoding)
    rec = StreamRecoder(file, data_side.encode, data_side.decode,
                        file_side.streamreader, file_side.streamwriter, errors)
    rec.data_encoding = data_encoding
    rec.file_encoding = file_encoding or data_encoding
    return rec


def _part(encoding, attr, required=False):
    found = getattr(lookup(encoding), attr)
    if found is None and required:
        raise LookupError(encoding)
    return found


def getencoder(encoding):
    return _part(encoding, "encode")


def getdecoder(encoding):
    return _part(encoding, "decode")


def getincrementalencoder(encoding):
    return _part(encoding, "incrementalencoder", True)


def getincrementaldecoder(encoding):
    return _part(encoding, "incrementaldecoder", True)


def getreader(encoding):
    return _part(encoding, "streamreader")


def getwriter(encoding):
    return _part(encoding, "streamwriter")


def _iter_convert(factory, method, iterator, errors, kwargs, last):
    worker = getattr(factory(errors, **kwargs), method)
    for piece in iterator:
        out = worker(piece)
        if out:
            yield out
    out = worker(last, True)
    if out:
        yield out


def iterencode(iterator, encoding, errors='strict', **kwargs):
    return _iter_convert(getincrementalencoder(encoding), "encode", iterator,
                         errors, kwargs, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    return _iter_convert(getincrementaldecoder(encoding), "decode", iterator,
                         errors, kwargs, b"")


def make_identity_dict(rng):
    return dict(zip(rng, rng))


# Builtin codecs: one CodecInfo per canonical name, built on first lookup.

def _text_codec(canon):
    enc = getattr(_codecs, _codecs._FUNC[canon] + "_encode")
    dec = getattr(_codecs, _codecs._FUNC[canon] + "_decode")
    bom_split = canon in ("utf-16", "utf-32")

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if bom_split and self.started:
                native = _codecs._FUNC[canon] + (
                    "_le_encode" if sys.byteorder == "little" else "_be_encode")
                return getattr(_codecs, native)(input, self.errors)[0]
            self.started = True
            return enc(input, self.errors)[0]

        def reset(self):
            self.started = False

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.inner = dec

        def _buffer_decode(self, input, errors, final):
            if self.inner is dec and bom_split:
                width = 2 if canon == "utf-16" else 4
                if len(input) < width and not final:
                    return "", 0
                le = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE
                be = BOM_UTF16_BE if width == 2 else BOM_UTF32_BE
                name = _codecs._FUNC[canon]
                if input[:width] == be:
                    self.inner = getattr(_codecs, name + "_be_decode")
                else:
                    self.inner = getattr(_codecs, name + "_le_decode")
                if input[:width] in (le, be):
                    out, n = self.inner(input[width:], errors, final)
                    return out, n + width
            return self.inner(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.inner = dec

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return dec(input, errors, False)

    for cls in (IncEncoder, IncDecoder, Writer, Reader):
        cls.__module__ = "encodings." + _codecs._FUNC[canon]
    IncEncoder.__name__ = IncEncoder.__qualname__ = "IncrementalEncoder"
    IncDecoder.__name__ = IncDecoder.__qualname__ = "IncrementalDecoder"
    Writer.__name__ = Writer.__qualname__ = "StreamWriter"
    Reader.__name__ = Reader.__qualname__ = "StreamReader"
    return CodecInfo(enc, dec, Reader, Writer, IncEncoder, IncDecoder,
                     name=canon)


def _utf8_sig_codec():
    def encode(input, errors='strict'):
        return (BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input))

    def decode(input, errors='strict'):
        prefix = 0
        if input[:3] == BOM_UTF8:
            input = input[3:]
            prefix = 3
        output, consumed = _codecs.utf_8_decode(input, errors, True)
        return (output, consumed + prefix)

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            data = _codecs.utf_8_encode(input, self.errors)[0]
            if self.first:
                self.first = False
                return BOM_UTF8 + data
            return data

        def reset(self):
            self.first = True

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return ("", 0)
                self.first = False
                if input[:3] == BOM_UTF8:
                    out, n = _codecs.utf_8_decode(input[3:], errors, final)
                    return out, n + 3
            return _codecs.utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = True

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder,
                     name="utf-8-sig")


def _bytes_codec(name, enc_fn, dec_fn, text_in=False):
    """A codec that is not str<->bytes (rot13: str->str; hex, base64: bytes->bytes)."""
    def encode(input, errors='strict'):
        if not text_in:
            input = _codecs._check_bytes(input)
        return (enc_fn(input), len(input))

    def decode(input, errors='strict'):
        if not text_in:
            input = _codecs._check_bytes(input)
        return (dec_fn(input), len(input))

    encode.__name__ = encode.__qualname__ = (
        "encode" if text_in else name + "_encode")
    decode.__name__ = decode.__qualname__ = (
        "decode" if text_in else name + "_decode")

    return _chunk_codec(name, encode, decode, bytes, _is_text_encoding=False)


def _chunk_codec(name, encode, decode, charbuffertype=None, **info):
    """The CodecInfo of a codec written in Python from its `encode` and `decode`; the
    incremental and stream forms work on whole chunks."""
    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        pass

    if charbuffertype is not None:
        Writer.charbuffertype = Reader.charbuffertype = charbuffertype
    Writer.encode = staticmethod(lambda input, errors='strict': encode(input, errors))
    Reader.decode = staticmethod(lambda input, errors='strict': decode(input, errors))
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name=name, **info)


def _rot13(s):
    if not isinstance(s, str):
        raise TypeError("a str is required")
    out = []
    for ch in s:
        o = ord(ch)
        if 65 <= o <= 90:
            ch = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            ch = chr((o - 97 + 13) % 26 + 97)
        out.append(ch)
    return "".join(out)


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64_line(chunk):
    out = bytearray()
    for i in range(0, len(chunk), 3):
        block = chunk[i:i + 3]
        n = int.from_bytes(block + b"\0" * (3 - len(block)), "big")
        quad = bytes(_B64[(n >> s) & 63] for s in (18, 12, 6, 0))
        out += quad[:len(block) + 1] + b"=" * (3 - len(block))
    return bytes(out) + b"\n"


def _b64_encode(data):
    return b"".join(_b64_line(data[i:i + 57])
                    for i in range(0, len(data), 57))


def _b64_decode(data):
    class Error(ValueError):
        pass
    Error.__module__ = "binascii"
    bits = 0
    nbits = 0
    out = bytearray()
    pad = 0
    count = 0
    for c in data:
        if c == 61:
            pad += 1
            continue
        v = _B64.find(bytes([c]))
        if v < 0:
            continue
        if pad:
            break
        count += 1
        bits = (bits << 6) | v
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xff)
    if count % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data "
                    "characters (%d) cannot be 1 more than a multiple of 4"
                    % count)
    if count % 4 and pad < 4 - count % 4:
        raise Error("Incorrect padding")
    return bytes(out)


def _hex_decode(data):
    try:
        return bytes.fromhex(data.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        class Error(ValueError):
            pass
        Error.__module__ = "binascii"
        if len(data) % 2:
            raise Error("Odd-length string") from None
        raise Error("Non-hexadecimal digit found") from None


# ----- punycode (RFC 3492) and idna (RFC 3490) -----

def _puny_adapt(delta, numpoints, first):
    delta = delta // 700 if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > 455:  # ((base - tmin) * tmax) // 2
        delta //= 35
        k += 36
    return k + (36 * delta) // (delta + 38)


def _puny_threshold(k, bias):
    return min(max(k - bias, 1), 26)


def _puny_encode(text):
    basic = [c for c in text if ord(c) < 0x80]
    out = "".join(basic)
    if basic:
        out += "-"
    n, delta, bias, h = 0x80, 0, 72, len(basic)
    digits = "abcdefghijklmnopqrstuvwxyz0123456789"
    while h < len(text):
        m = min(ord(c) for c in text if ord(c) >= n)
        delta += (m - n) * (h + 1)
        n = m
        for c in text:
            if ord(c) < n:
                delta += 1
            elif ord(c) == n:
                q, k = delta, 36
                while True:
                    t = _puny_threshold(k, bias)
                    if q < t:
                        break
                    out += digits[t + (q - t) % (36 - t)]
                    q = (q - t) // (36 - t)
                    k += 36
                out += digits[q]
                bias = _puny_adapt(delta, h + 1, h == len(basic))
                delta = 0
                h += 1
        delta += 1
        n += 1
    return out.encode("ascii")


def _puny_decode(data, errors="strict"):
    if isinstance(data, str):
        data = data.encode("ascii")
    data = bytes(data)
    pos = data.rfind(b"-")
    if pos == -1:
        base, ext = "", str(data, "ascii").upper()
    else:
        base, ext = str(data[:pos], "ascii", errors), str(data[pos + 1:], "ascii").upper()
    out = list(base)
    n, i, bias, j = 0x80, 0, 72, 0
    while j < len(ext):
        old, w, k = i, 1, 36
        while True:
            if j >= len(ext):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return "".join(out)
            c = ext[j]
            j += 1
            if "A" <= c <= "Z":
                digit = ord(c) - 65
            elif "0" <= c <= "9":
                digit = ord(c) - 22
            elif errors == "strict":
                raise UnicodeError("Invalid extended code point '%s'" % c)
            else:
                return "".join(out)
            i += digit * w
            t = _puny_threshold(k, bias)
            if digit < t:
                break
            w *= 36 - t
            k += 36
        bias = _puny_adapt(i - old, len(out) + 1, old == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        out.insert(i, chr(n))
        i += 1
    return "".join(out)


_IDNA_DOTS = ("\u3002", "\uff0e", "\uff61")
# RFC 3454 table B.1: characters nameprep maps to nothing
_NAMEPREP_DROP = set("\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufeff"
                     + "".join(chr(c) for c in range(0xfe00, 0xfe10)))


def _idna_to_ascii(label):
    try:
        raw = label.encode("ascii")
    except UnicodeError:
        pass
    else:
        if 0 < len(raw) < 64:
            return raw
        raise UnicodeError("label empty or too long")
    import unicodedata
    label = "".join(c for c in label if c not in _NAMEPREP_DROP).casefold()
    label = unicodedata.normalize("NFKC", label)
    try:
        raw = label.encode("ascii")
    except UnicodeError:
        pass
    else:
        if 0 < len(raw) < 64:
            return raw
        raise UnicodeError("label empty or too long")
    if label[:4].lower() == "xn--":
        raise UnicodeError("Label starts with ACE prefix")
    raw = b"xn--" + _puny_encode(label)
    if 0 < len(raw) < 64:
        return raw
    raise UnicodeError("label too long")


def _idna_encode(text, errors="strict"):
    if errors != "strict":
        raise UnicodeError("unsupported error handling " + errors)
    if not text:
        return b"", 0
    try:
        raw = text.encode("ascii")
    except UnicodeEncodeError:
        pass
    else:
        # all ASCII: only the label lengths are checked
        labels = raw.split(b".")
        for label in labels[:-1]:
            if not 0 < len(label) < 64:
                raise UnicodeError("label empty or too long")
        if len(labels[-1]) >= 64:
            raise UnicodeError("label too long")
        return raw, len(text)
    for dot in _IDNA_DOTS:
        text = text.replace(dot, ".")
    labels = text.split(".")
    trailing = b""
    if labels and not labels[-1]:
        trailing = b"."
        del labels[-1]
    out = b".".join(_idna_to_ascii(label) for label in labels)
    return out + trailing, len(text)


def _idna_decode(data, errors="strict"):
    if errors != "strict":
        raise UnicodeError("Unsupported error handling " + errors)
    if not data:
        return "", 0
    if isinstance(data, str):
        data = data.encode("ascii")
    data = bytes(data)
    labels = data.split(b".")
    trailing = ""
    if labels and not labels[-1]:
        trailing = "."
        del labels[-1]
    out = []
    for label in labels:
        if label[:4].lower() == b"xn--":
            text = _puny_decode(label[4:])
            if _idna_to_ascii(text).lower() != label.lower():
                raise UnicodeError("IDNA does not round-trip", label, _idna_to_ascii(text))
            out.append(text)
        else:
            out.append(str(label, "ascii"))
    return ".".join(out) + trailing, len(data)


def _builtin_search(name):
    canon = _codecs._TEXT.get(name)
    if canon == "utf-8-sig":
        return _utf8_sig_codec()
    if canon is not None:
        return _text_codec(canon)
    if name in ("rot13", "rot_13"):
        return _bytes_codec("rot-13", _rot13, _rot13, text_in=True)
    if name in ("hex", "hex_codec"):
        return _bytes_codec("hex", lambda b: b.hex().encode("ascii"),
                            _hex_decode)
    if name in ("base64", "base_64", "base64_codec"):
        return _bytes_codec("base64", _b64_encode, _b64_decode)
    if name == "punycode":
        return _chunk_codec("punycode", lambda s, errors='strict': (_puny_encode(s), len(s)),
                            lambda b, errors='strict': (_puny_decode(b, errors), len(b)))
    if name == "idna":
        return _chunk_codec("idna", _idna_encode, _idna_decode)
    return None
