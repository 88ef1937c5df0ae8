# marshal: CPython's internal value serialization format (version 0-4), written from the
# library reference and the format's observable bytes. Code objects are not supported.
# Whether an object gets a back-reference slot (version >= 3) depends, as in CPython, on
# whether anything besides the value being written refers to it (sys.getrefcount);
# strings count as interned when they consist only of name characters.

import struct
import sys

version = 4

_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_FLAG_REF = 0x80
_pack_i = struct.Struct("<i").pack
_pack_d = struct.Struct("<d").pack
_unpack_i = struct.Struct("<i").unpack
_unpack_d = struct.Struct("<d").unpack
_getrefcount = sys.getrefcount


def _interned(s):
    return all(c in _NAME_CHARS for c in s)


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = []
        self.refs = {}
        self.keep = []
        self.depth = 0

    def code(self, tc, flag):
        self.out.append(bytes([ord(tc) | flag]))

    def obj(self, x, extra, bonus=0):
        # extra: references to x that only this module holds at the getrefcount() call;
        # bonus: references CPython's marshal itself would hold (set elements' sort pairs).
        if x is None:
            self.out.append(b"N")
            return
        if x is True:
            self.out.append(b"T")
            return
        if x is False:
            self.out.append(b"F")
            return
        if x is ...:
            self.out.append(b".")
            return
        if x is StopIteration:
            self.out.append(b"S")
            return
        self.depth += 1
        if self.depth > 2000:
            raise ValueError("object too deeply nested to marshal")
        try:
            flag = 0
            rc = _getrefcount(x) - extra
            t = type(x)
            if (t is bytes and len(x) < 2) or (t is tuple and not x):
                rc = max(rc, 2)     # CPython shares these: always referenced elsewhere
            if self.version >= 3 and rc > 1:
                index = self.refs.get(id(x))
                if index is not None:
                    self.out.append(b"r" + _pack_i(index))
                    return
                self.refs[id(x)] = len(self.refs)
                self.keep.append(x)
                flag = _FLAG_REF
            self.complex_obj(x, flag, rc - bonus)
        finally:
            self.depth -= 1

    def complex_obj(self, x, flag, rc):
        t = type(x)
        out = self.out
        if t is int:
            if -0x80000000 <= x <= 0x7fffffff:
                self.code("i", flag)
                out.append(_pack_i(x))
            else:
                self.code("l", flag)
                n = abs(x)
                digits = []
                while n:
                    digits.append(n & 0x7fff)
                    n >>= 15
                out.append(_pack_i(len(digits) if x > 0 else -len(digits)))
                out.append(struct.pack("<%dH" % len(digits), *digits))
        elif t is float:
            if self.version > 1:
                self.code("g", flag)
                out.append(_pack_d(x))
            else:
                self.code("f", flag)
                self.short_text(_ftext(x))
        elif t is complex:
            if self.version > 1:
                self.code("y", flag)
                out.append(_pack_d(x.real) + _pack_d(x.imag))
            else:
                self.code("x", flag)
                self.short_text(_ftext(x.real))
                self.short_text(_ftext(x.imag))
        elif t is str:
            # Strings nothing else refers to were made at run time: not interned.
            interned = self.version >= 3 and rc > 1 and _interned(x)
            if self.version >= 4 and x.isascii():
                data = x.encode("ascii")
                if len(data) < 256:
                    self.code("Z" if interned else "z", flag)
                    out.append(bytes([len(data)]))
                else:
                    self.code("A" if interned else "a", flag)
                    out.append(_pack_i(len(data)))
            else:
                data = x.encode("utf-8", "surrogatepass")
                self.code("t" if interned else "u", flag)
                out.append(_pack_i(len(data)))
            out.append(data)
        elif t is tuple:
            if self.version >= 4 and len(x) < 256:
                self.code(")", flag)
                out.append(bytes([len(x)]))
            else:
                self.code("(", flag)
                out.append(_pack_i(len(x)))
            for item in x:
                self.obj(item, 3)
        elif t is list:
            self.code("[", flag)
            out.append(_pack_i(len(x)))
            for item in x:
                self.obj(item, 3)
        elif t is dict:
            self.code("{", flag)
            for key in x:
                self.obj(key, 3)
                self.obj(x[key], 2)
            out.append(b"0")
        elif t is set or t is frozenset:
            self.code("<" if t is set else ">", flag)
            out.append(_pack_i(len(x)))
            pairs = []
            for item in x:
                sub = _Writer(self.version)
                sub.obj(item, 3)
                pairs.append((b"".join(sub.out), item))
            pairs.sort(key=lambda p: p[0])
            for key, item in pairs:
                self.obj(item, 3, 1)
        elif t is bytes or isinstance(x, (bytearray, memoryview)):
            data = bytes(x)
            self.code("s", flag)
            out.append(_pack_i(len(data)))
            out.append(data)
        else:
            raise ValueError("unmarshallable object")

    def short_text(self, s):
        data = s.encode("ascii")
        self.out.append(bytes([len(data)]) + data)


def _ftext(x):
    return "%.17g" % x


def dumps(value, version=version, /):
    w = _Writer(version)
    w.obj(value, 2)
    return b"".join(w.out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data, file=None):
        self.data = data
        self.pos = 0
        self.file = file
        self.refs = []
        self.depth = 0

    def read(self, n):
        if self.file is not None:
            data = self.file.read(n)
            if data is None or len(data) != n:
                raise EOFError("EOF read where not expected")
            return bytes(data)
        p = self.pos
        if p + n > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = p + n
        return self.data[p:p + n]

    def byte(self):
        return self.read(1)[0]

    def int32(self):
        return _unpack_i(self.read(4))[0]

    def size(self):
        n = self.int32()
        if n < 0:
            raise ValueError("bad marshal data (bytes object size out of range)")
        return n

    def obj(self):
        if self.file is not None:
            first = self.file.read(1)
            if not first:
                raise EOFError("EOF read where object expected")
            code = first[0]
        else:
            if self.pos >= len(self.data):
                raise EOFError("EOF read where object expected")
            code = self.data[self.pos]
            self.pos += 1
        self.depth += 1
        if self.depth > 2000:
            raise ValueError("recursion limit exceeded")
        try:
            return self.typed(chr(code & 0x7f), code & _FLAG_REF)
        finally:
            self.depth -= 1

    def reserve(self, flag):
        if flag:
            self.refs.append(None)
            return len(self.refs) - 1
        return -1

    def ref(self, value, flag):
        if flag:
            self.refs.append(value)
        return value

    def typed(self, tc, flag):
        if tc == "N":
            return None
        if tc == "T":
            return True
        if tc == "F":
            return False
        if tc == ".":
            return ...
        if tc == "S":
            return StopIteration
        if tc == "0":
            raise TypeError("NULL object in marshal data for object")
        if tc == "i":
            return self.ref(self.int32(), flag)
        if tc == "l":
            n = self.int32()
            count = abs(n)
            value = 0
            shift = 0
            for d in struct.unpack("<%dH" % count, self.read(2 * count)):
                if d > 0x7fff:
                    raise ValueError("bad marshal data (digit out of range in long)")
                value |= d << shift
                shift += 15
            return self.ref(-value if n < 0 else value, flag)
        if tc == "g":
            return self.ref(_unpack_d(self.read(8))[0], flag)
        if tc == "f":
            return self.ref(float(self.read(self.byte()).decode("ascii")), flag)
        if tc == "y":
            real = _unpack_d(self.read(8))[0]
            return self.ref(complex(real, _unpack_d(self.read(8))[0]), flag)
        if tc == "x":
            real = float(self.read(self.byte()).decode("ascii"))
            return self.ref(complex(real, float(self.read(self.byte()).decode("ascii"))), flag)
        if tc == "s":
            return self.ref(self.read(self.size()), flag)
        if tc in "tu":
            try:
                s = self.read(self.size()).decode("utf-8", "surrogatepass")
            except UnicodeDecodeError:
                raise ValueError("bad marshal data (invalid unicode)") from None
            return self.ref(sys.intern(s) if tc == "t" else s, flag)
        if tc in "aAzZ":
            n = self.byte() if tc in "zZ" else self.size()
            s = self.read(n).decode("latin-1")
            return self.ref(sys.intern(s) if tc in "AZ" else s, flag)
        if tc in "()":
            n = self.byte() if tc == ")" else self.size()
            slot = self.reserve(flag)
            value = tuple([self.obj() for _ in range(n)])
            if slot >= 0:
                self.refs[slot] = value
            return value
        if tc == "[":
            n = self.size()
            value = self.ref([], flag)
            for _ in range(n):
                value.append(self.obj())
            return value
        if tc == "{":
            value = self.ref({}, flag)
            while True:
                key = self.obj_or_null()
                if key is _NULL:
                    break
                item = self.obj_or_null()
                if item is _NULL:
                    break
                value[key] = item
            return value
        if tc == "<":
            n = self.size()
            value = self.ref(set(), flag)
            for _ in range(n):
                value.add(self.obj())
            return value
        if tc == ">":
            n = self.size()
            slot = self.reserve(flag)
            value = frozenset([self.obj() for _ in range(n)])
            if slot >= 0:
                self.refs[slot] = value
            return value
        if tc == "r":
            n = self.int32()
            if n < 0 or n >= len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if tc == "c":
            raise ValueError("bad marshal data (code objects are not supported)")
        raise ValueError("bad marshal data (unknown type code)")

    def obj_or_null(self):
        if self.file is None and self.pos < len(self.data) and self.data[self.pos] == 0x30:
            self.pos += 1
            return _NULL
        if self.file is not None:
            first = self.file.read(1)
            if not first:
                raise EOFError("EOF read where object expected")
            if first == b"0":
                return _NULL
            code = first[0]
            return self.typed(chr(code & 0x7f), code & _FLAG_REF)
        return self.obj()


_NULL = object()


def loads(bytes, /):
    try:
        data = memoryview(bytes).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(bytes).__name__) from None
    return _Reader(data).obj()


def load(file, /):
    return _Reader(None, file).obj()
