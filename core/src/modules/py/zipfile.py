# zipfile: reading and writing ZIP archives (stored and deflated members), written from
# the library reference and the PKWARE APPNOTE format description.

import io
import os
import stat
import struct
import sys
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    pass


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1
ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
DEFAULT_VERSION = 20
ZIP64_VERSION = 45
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"
_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _end_record(fp):
    # Returns (entries, cd_size, cd_offset, comment, end_offset) or None.
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    size = fp.tell()
    start = max(0, size - _END.size - ZIP_MAX_COMMENT)
    fp.seek(start)
    data = fp.read()
    k = data.rfind(_END_SIG)
    while k >= 0:
        rec = data[k:k + _END.size]
        if len(rec) == _END.size:
            sig, disk, cd_disk, n_disk, n, cd_size, cd_off, clen = _END.unpack(rec)
            comment = data[k + _END.size:k + _END.size + clen]
            if len(comment) == clen:
                return n, cd_size, cd_off, comment, start + k
        k = data.rfind(_END_SIG, 0, k)
    return None


def is_zipfile(filename):
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            try:
                return _end_record(filename) is not None
            finally:
                filename.seek(pos)
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class ZipInfo:
    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[0:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        out = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            out.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                  self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            out.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            out.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            out.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            out.append(' compress_size=%r' % self.compress_size)
        out.append('>')
        return ''.join(out)

    def is_dir(self):
        return self.filename[-1:] == '/'

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def _dos_time(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dostime, dosdate

    def FileHeader(self, zip64=None):
        dostime, dosdate = self._dos_time()
        name, flags = self._encoded_name()
        if flags & _FLAG_DESCRIPTOR:
            crc = csize = usize = 0
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        version = max(self.extract_version,
                      DEFAULT_VERSION if self.compress_type == ZIP_DEFLATED else 0)
        self.extract_version = version
        return _LOCAL.pack(_LOCAL_SIG, version, self.reserved, flags, self.compress_type,
                           dostime, dosdate, crc, csize, usize, len(name),
                           len(self.extra)) + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo


class ZipExtFile(io.BufferedIOBase):
    def __init__(self, data, mode, zipinfo):
        self._data = io.BytesIO(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._compress_type = zipinfo.compress_type

    def __repr__(self):
        out = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            out.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                out.append(' compress_type=%s' % compressor_names.get(self._compress_type,
                                                                      self._compress_type))
        else:
            out.append(' [closed]')
        out.append('>')
        return ''.join(out)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        return self._data.read(n)

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        pos = self._data.tell()
        data = self._data.read(max(n, 512))
        self._data.seek(pos)
        return data

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        return self._data.readline(limit)

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        return self._data.seek(offset, whence)

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._data.tell()

    def close(self):
        super().close()


class _ZipWriteFile(io.BufferedIOBase):
    def __init__(self, zf, zinfo):
        self._zf = zf
        self._zinfo = zinfo
        self._buf = io.BytesIO()

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        self._buf.write(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._zf._writing = False
            self._zf._write_member(self._zinfo, self._buf.getvalue())
        finally:
            self._zf._writing = False


class _Tellable:
    # Counts the bytes written to a stream that cannot tell() its position.
    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += len(data)
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipFile:
    fp = None
    _seekable = True
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = io.open(file, 'w+b')
                mode = 'w'
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._modified = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        out = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                out.append(' file=%r' % self.fp)
            elif self.filename is not None:
                out.append(' filename=%r' % self.filename)
            out.append(' mode=%r' % self.mode)
        else:
            out.append(' [closed]')
        out.append('>')
        return ''.join(out)

    def _read_directory(self):
        fp = self.fp
        end = _end_record(fp)
        if end is None:
            raise BadZipFile("File is not a zip file")
        n, cd_size, cd_off, comment, end_off = end
        self._comment = comment
        concat = end_off - cd_size - cd_off
        self.start_dir = cd_off + concat
        fp.seek(self.start_dir)
        data = fp.read(cd_size)
        pos = 0
        while pos < len(data):
            rec = data[pos:pos + _CENTRAL.size]
            if len(rec) != _CENTRAL.size or rec[:4] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            (sig, create_version, create_system, extract_version, reserved, flags,
             compress_type, t, d, crc, csize, usize, nlen, elen, clen, disk, iattr, eattr,
             offset) = _CENTRAL.unpack(rec)
            pos += _CENTRAL.size
            raw = data[pos:pos + nlen]
            pos += nlen
            if flags & _FLAG_UTF8:
                name = raw.decode('utf-8')
            elif self.metadata_encoding:
                name = raw.decode(self.metadata_encoding)
            else:
                try:
                    name = raw.decode('cp437')
                except LookupError:
                    name = raw.decode('latin-1')
            x = ZipInfo(name)
            x.extra = data[pos:pos + elen]
            pos += elen
            x.comment = data[pos:pos + clen]
            pos += clen
            x.header_offset = offset + concat
            x.create_version, x.create_system = create_version, create_system
            x.extract_version, x.reserved = extract_version, reserved
            x.flag_bits, x.compress_type = flags, compress_type
            x.CRC, x.compress_size, x.file_size = crc, csize, usize
            x.volume, x.internal_attr, x.external_attr = disk, iattr, eattr
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        for i, x in enumerate(self.filelist):
            x._end_offset = (self.filelist[i + 1].header_offset
                             if i + 1 < len(self.filelist) else self.start_dir)

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def _info(self, name):
        if isinstance(name, ZipInfo):
            return name
        return self.getinfo(name)

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and (mode == "w"):
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if mode == "w":
            if isinstance(name, ZipInfo):
                zinfo = name
            else:
                zinfo = ZipInfo(name)
                zinfo.compress_type = self.compression
                zinfo._compresslevel = self.compresslevel
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't open %s while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        zinfo = self._info(name)
        fp = self.fp
        fp.seek(zinfo.header_offset)
        head = fp.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        fields = _LOCAL.unpack(head)
        if fields[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fname = fp.read(fields[10])
        if fields[11]:
            fp.read(fields[11])
        if fields[3] & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if fields[3] & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        enc = 'utf-8' if fields[3] & _FLAG_UTF8 else (self.metadata_encoding or 'cp437')
        try:
            fname_str = fname.decode(enc)
        except LookupError:
            fname_str = fname.decode('latin-1')
        if fname_str != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, fname))
        if zinfo.flag_bits & _FLAG_ENCRYPTED:
            raise NotImplementedError("File %r is encrypted: decryption is not supported"
                                      % name)
        raw = fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            data = raw
        elif zinfo.compress_type == ZIP_DEFLATED:
            d = zlib.decompressobj(-15)
            try:
                data = d.decompress(raw) + d.flush()
            except zlib.error as e:
                raise BadZipFile("Error -3 while decompressing data: %s" % e) from None
            if not d.eof:
                raise EOFError("Compressed file ended before the end-of-stream marker was "
                               "reached")
        else:
            descr = compressor_names.get(zinfo.compress_type)
            if descr:
                raise NotImplementedError("compression type %d (%s)"
                                          % (zinfo.compress_type, descr))
            raise NotImplementedError("compression type %d" % (zinfo.compress_type,))
        if zlib.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return ZipExtFile(data, mode, zinfo)

    def _open_to_write(self, zinfo):
        self._check_writable()
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _check_writable(self):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")

    def _write_member(self, zinfo, data, plain=False):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        _check_compression(zinfo.compress_type)
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            c = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
            body = c.compress(data) + c.flush()
        else:
            body = data
        zinfo.compress_size = len(body)
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        elif not plain:
            zinfo.flag_bits |= _FLAG_DESCRIPTOR
        zinfo.header_offset = self.fp.tell()
        self.fp.write(zinfo.FileHeader())
        self.fp.write(body)
        if zinfo.flag_bits & _FLAG_DESCRIPTOR:
            self.fp.write(struct.pack("<4sLLL", b"PK\007\010", zinfo.CRC, zinfo.compress_size,
                                      zinfo.file_size))
        self.start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._modified = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._check_writable()
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src:
            data = src.read()
        self._write_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        self._check_writable()
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._write_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable()
        zinfo.compress_type = ZIP_STORED
        self._write_member(zinfo, b"", plain=True)

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        data = self.read(member, pwd)
        with open(targetpath, "wb") as target:
            target.write(data)
        return targetpath

    def _write_end_record(self):
        fp = self.fp
        if self._seekable:
            fp.seek(self.start_dir)
        for zinfo in self.filelist:
            dostime, dosdate = zinfo._dos_time()
            name, flags = zinfo._encoded_name()
            extract_version = max(zinfo.extract_version,
                                  DEFAULT_VERSION if zinfo.compress_type == ZIP_DEFLATED else 0)
            create_version = max(zinfo.create_version, extract_version)
            fp.write(_CENTRAL.pack(_CENTRAL_SIG, create_version, zinfo.create_system,
                                   extract_version, zinfo.reserved, flags,
                                   zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                                   zinfo.compress_size, zinfo.file_size, len(name),
                                   len(zinfo.extra), len(zinfo.comment), 0,
                                   zinfo.internal_attr, zinfo.external_attr,
                                   zinfo.header_offset))
            fp.write(name)
            fp.write(zinfo.extra)
            fp.write(zinfo.comment)
        end = fp.tell()
        n = len(self.filelist)
        fp.write(_END.pack(_END_SIG, 0, 0, n, n, end - self.start_dir, self.start_dir,
                           len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a" and self._seekable:
            fp.truncate()
        fp.flush()

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def __del__(self):
        pass


class PyZipFile(ZipFile):
    pass


class Path:
    def __init__(self, root, at=""):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at

    @property
    def name(self):
        return self.at.rstrip("/").rpartition("/")[2] or os.path.basename(
            self.root.filename or "")

    def _names(self):
        names = set(self.root.namelist())
        for n in list(names):
            parts = n.rstrip("/").split("/")
            for i in range(1, len(parts)):
                names.add("/".join(parts[:i]) + "/")
        return names

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at == "" or self.at in self._names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        out = []
        for n in sorted(self._names()):
            rest = n[len(self.at):]
            if n.startswith(self.at) and rest and "/" not in rest.rstrip("/"):
                out.append(Path(self.root, n))
        return iter(out)

    def joinpath(self, *other):
        at = self.at
        for o in other:
            at = at + o
            if at + "/" in self._names():
                at += "/"
        return Path(self.root, at)

    __truediv__ = joinpath

    def read_bytes(self):
        return self.root.read(self.at)

    def read_text(self, encoding=None, *args, **kwargs):
        return self.read_bytes().decode(encoding or "utf-8", *args, **kwargs)

    def open(self, mode="r", *args, pwd=None, **kwargs):
        stream = self.root.open(self.at, mode.replace("b", ""), pwd=pwd)
        if "b" in mode:
            return stream
        return io.TextIOWrapper(stream, *args, **kwargs)

    def __str__(self):
        return os.path.join(self.root.filename or "", self.at)

    def __repr__(self):
        return "Path(%r, %r)" % (self.root.filename, self.at)
