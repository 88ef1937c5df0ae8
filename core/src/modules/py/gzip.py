# gzip: the gzip file format (RFC 1952) on top of zlib, written from the library reference.

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2
_FTEXT, _FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 1, 2, 4, 8, 16
_BEST, _FAST = 9, 1
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"
_CHUNK = 64 * 1024


class BadGzipFile(OSError):
    pass


def open(filename, mode="rb", compresslevel=_BEST, encoding=None, errors=None, newline=None):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _header(compresslevel, mtime, fname=b"", simple=False):
    if mtime is None:
        mtime = time.time()
    if mtime == 0 and simple:
        # zlib's own gzip header (python3 lets zlib write it when mtime is 0)
        xfl = b"\002" if compresslevel == 9 else b"\004" if 0 <= compresslevel < 2 else b"\000"
        os_byte = b"\003"
    else:
        xfl = b"\002" if compresslevel == _BEST else b"\004" if compresslevel == _FAST \
            else b"\000"
        os_byte = b"\377"
    flags = _FNAME if fname else 0
    head = b"\037\213\010" + bytes([flags]) + struct.pack("<L", int(mtime) & 0xffffffff)
    head += xfl + os_byte
    if fname:
        head += fname + b"\000"
    return head


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _read_header(fp):
    # Returns the member's mtime, or None at a clean end of input.
    magic = fp.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & _FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for bit in (_FNAME, _FCOMMENT):
        if flag & bit:
            while True:
                s = fp.read(1)
                if not s:
                    raise EOFError(_TRUNCATED)
                if s == b"\000":
                    break
    if flag & _FHCRC:
        _read_exact(fp, 2)
    return mtime


def compress(data, compresslevel=_BEST, *, mtime=None):
    data = memoryview(data).tobytes()
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
    body = c.compress(data) + c.flush()
    return (_header(compresslevel, mtime, simple=True) + body
            + struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff))


def decompress(data):
    data = memoryview(data).tobytes()
    out = []
    while True:
        fp = io.BytesIO(data)
        if _read_header(fp) is None:
            return b"".join(out)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        chunk = d.decompress(data[fp.tell():])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if size != len(chunk) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        data = d.unused_data[8:].lstrip(b"\x00")


class _Reader:
    # Decompresses the members of a gzip stream one after another.

    def __init__(self, fp):
        self._fp = fp
        self._pending = b""
        self._d = None
        self._crc = 0
        self._size = 0
        self._done = False
        self._started = False
        self.last_mtime = None

    def _src_read(self, n):
        if self._pending:
            data, self._pending = self._pending[:n], self._pending[n:]
            if len(data) < n:
                data += self._fp.read(n - len(data))
            return data
        return self._fp.read(n)

    def _src(self):
        # A file-like view of the pending bytes followed by the underlying file.
        reader = self

        class Src:
            def read(self, n):
                return reader._src_read(n)
        return Src()

    def read(self, size):
        while True:
            if self._done:
                return b""
            if self._d is None:
                src = self._src()
                if self._started:
                    first = src.read(1)
                    while first == b"\x00":
                        first = src.read(1)
                    if not first:
                        self._done = True
                        return b""
                    self._pending = first + self._pending
                self._started = True
                self.last_mtime = _read_header(src)
                if self.last_mtime is None:
                    self._done = True
                    return b""
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = 0
                self._size = 0
            d = self._d
            if d.unconsumed_tail:
                raw = d.unconsumed_tail
            else:
                raw = self._src_read(_CHUNK)
                if not raw:
                    raise EOFError(_TRUNCATED)
            out = d.decompress(raw, size)
            self._crc = zlib.crc32(out, self._crc)
            self._size += len(out)
            if d.eof:
                rest = d.unused_data
                if len(rest) < 8:
                    rest += _read_exact(self._fp, 8 - len(rest)) if not self._pending \
                        else self._src_read(8 - len(rest))
                    if len(rest) < 8:
                        raise EOFError(_TRUNCATED)
                self._pending = rest[8:] + self._pending
                crc, isize = struct.unpack("<II", rest[:8])
                if crc != self._crc:
                    raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
                if isize != self._size & 0xffffffff:
                    raise BadGzipFile("Incorrect length of data produced")
                self._d = None
            if out:
                return out


class GzipFile(io.BufferedIOBase):
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_BEST, fileobj=None,
                 mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self._buf = b""
            self._pos = 0
            self._offset = 0
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in "
                              "future Python releases.  Specify the mode argument for "
                              "opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def mtime(self):
        return self._reader.last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode("latin-1")
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        self.fileobj.write(_header(compresslevel, self._write_mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def _fill(self, want):
        while want < 0 or len(self._buf) - self._pos < want:
            chunk = self._reader.read(_CHUNK if want < 0 else max(want, 8192))
            if not chunk:
                return
            self._buf = self._buf[self._pos:] + chunk
            self._pos = 0

    def read(self, size=-1):
        self._check_read("read")
        if size is None:
            size = -1
        self._fill(size)
        if size < 0:
            data = self._buf[self._pos:]
        else:
            data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        self._offset += len(data)
        return data

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if self._pos >= len(self._buf):
            self._fill(1)
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        self._offset += len(data)
        return data

    def peek(self, n):
        self._check_read("peek")
        self._fill(max(n, 1))
        return self._buf[self._pos:]

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        memoryview(b)[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_read("readline")
        while True:
            nl = self._buf.find(b"\n", self._pos)
            if nl >= 0 or (0 <= size <= len(self._buf) - self._pos):
                break
            before = len(self._buf) - self._pos
            self._fill(before + 1)
            if len(self._buf) - self._pos == before:
                break
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = end
        self._offset += len(data)
        return data

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _Reader(self.fileobj)
        self._buf = b""
        self._pos = 0
        self._offset = 0

    def tell(self):
        self._check_not_closed()
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            count = offset - self._offset
            self.write(b"\0" * count)
            return self._offset
        self._check_read("seek")
        if whence == io.SEEK_CUR:
            offset = self._offset + offset
        elif whence == io.SEEK_END:
            raise ValueError("Seek from end not supported")
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(offset - self._offset, _CHUNK)):
                break
        return self._offset

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()
