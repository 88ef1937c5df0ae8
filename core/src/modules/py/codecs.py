"""Codec registry, base classes and helpers (see the `codecs` docs)."""

import sys
import _codecs
from _codecs import *
from _codecs import (register, unregister, lookup, encode, decode,
                     register_error, lookup_error)

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter",
           "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader",
           "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

strict_errors = lookup_error("strict")
ignore_errors = lookup_error("ignore")
replace_errors = lookup_error("replace")
xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
backslashreplace_errors = lookup_error("backslashreplace")
namereplace_errors = lookup_error("namereplace")


class CodecInfo(tuple):
    """Codec details returned by lookup()."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    """Stateless encoder/decoder interface."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        while chars < 0 or len(self.charbuffer) < chars:
            data = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + data
            if not data:
                break
            newchars, consumed = self.decode(data, self.errors)
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
            if not data or size < 0:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = (self.charbuffer[:chars],
                                       self.charbuffer[chars:])
        return result

    def readline(self, size=None, keepends=True):
        while True:
            i = self.charbuffer.find("\n")
            if i >= 0:
                line = self.charbuffer[:i + 1]
                self.charbuffer = self.charbuffer[i + 1:]
                return line if keepends else line[:-1]
            data = self.stream.read(72)
            if not data:
                line, self.charbuffer = self.charbuffer, ""
                return line
            data = self.bytebuffer + data
            newchars, consumed = self.decode(data, self.errors)
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReaderWriter:
    """A stream that reads and writes through a codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamRecoder:
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, _ = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, _ = self.decode(data, self.errors)
        return self.writer.write(data)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter,
                                 errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    return {i: i for i in rng}


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

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class Writer(StreamWriter):
        charbuffertype = bytes

    Writer.encode = staticmethod(lambda input, errors='strict':
                                 encode(input, errors))

    class Reader(StreamReader):
        charbuffertype = bytes

    Reader.decode = staticmethod(lambda input, errors='strict':
                                 decode(input, errors))
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder,
                     name=name, _is_text_encoding=False)


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
    return None
