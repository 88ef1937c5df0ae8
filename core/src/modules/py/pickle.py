"""Serialise Python objects to bytes and back (protocols 0-5)."""

import sys
from struct import calcsize, pack, unpack
from copyreg import dispatch_table, _reconstructor

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = "_pickle"


_MISSING = object()


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _not_int(value):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


class PickleBuffer:
    """Wrapper for a buffer handed out-of-band (protocol 5)."""

    def __init__(self, buffer):
        _bytes_like(buffer)
        self._buf = buffer

    def raw(self):
        return memoryview(bytes(self._buf))

    def release(self):
        pass


# Opcodes (one byte each).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_TARGET = 64 * 1024
_BATCH = 1000

# Names as Python 2 knew them (protocols 0-2 with fix_imports).
_TO_PY2 = {"builtins": "__builtin__", "copyreg": "copy_reg",
           "_pickle": "pickle"}
_FROM_PY2 = {"__builtin__": "builtins", "copy_reg": "copyreg"}
_NAMES_TO_PY2 = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "input"): ("__builtin__", "raw_input"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}
for _n in ("ArithmeticError AssertionError AttributeError BaseException "
           "BufferError BytesWarning DeprecationWarning EOFError "
           "EnvironmentError Exception FloatingPointError FutureWarning "
           "GeneratorExit IOError ImportError ImportWarning "
           "IndentationError IndexError KeyError KeyboardInterrupt "
           "LookupError MemoryError NameError NotImplementedError OSError "
           "OverflowError PendingDeprecationWarning ReferenceError "
           "RuntimeError RuntimeWarning StopIteration SyntaxError "
           "SyntaxWarning SystemError SystemExit TabError TypeError "
           "UnboundLocalError UnicodeDecodeError UnicodeEncodeError "
           "UnicodeError UnicodeTranslateError UnicodeWarning UserWarning "
           "ValueError Warning ZeroDivisionError").split():
    _NAMES_TO_PY2[("builtins", _n)] = ("exceptions", _n)
_NAMES_FROM_PY2 = {v: k for k, v in _NAMES_TO_PY2.items()}
_NAMES_FROM_PY2[("exceptions", "StandardError")] = ("builtins", "Exception")
del _n


def encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _getattribute(obj, name):
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, sub)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


class _Output:
    """Collects the pickle, split into frames for protocol 4 and above."""

    def __init__(self, write, framing):
        self.write_file = write
        self.framing = framing
        self.frame = []
        self.size = 0

    def write(self, data):
        if self.framing:
            self.frame.append(data)
            self.size += len(data)
            if self.size >= _FRAME_TARGET:
                self.commit()
        else:
            self.write_file(data)

    def commit(self):
        if self.frame:
            data = b''.join(self.frame)
            self.frame = []
            self.size = 0
            if len(data) >= 4:
                self.write_file(FRAME + pack('<Q', len(data)))
            self.write_file(data)

    def write_large(self, header, payload):
        """A big bytes/str payload goes outside any frame, after its header."""
        if self.framing:
            self.write(header)
            self.commit()
            self.write_file(payload)
        else:
            self.write_file(header)
            self.write_file(payload)


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        proto = DEFAULT_PROTOCOL if protocol is None else protocol.__index__() \
            if hasattr(type(protocol), '__index__') else _not_int(protocol)
        if proto < 0:
            proto = HIGHEST_PROTOCOL
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        write = getattr(file, "write", None)
        if write is None:
            raise TypeError("file must have a 'write' attribute")
        self._file_write = write
        self._buffer_callback = buffer_callback
        self.proto = int(proto)
        self.bin = int(self.proto >= 1)
        self.fix_imports = fix_imports and self.proto < 3
        self.fast = 0
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        if "_file_write" not in self.__dict__:
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % type(self).__name__)
        self._custom_pid = ("persistent_id" in self.__dict__ or
                            type(self).persistent_id is not Pickler.persistent_id)
        self._out = _Output(self._file_write, self.proto >= 4)
        self.write = self._out.write
        if self.proto >= 2:
            self._out.write_file(PROTO + bytes([self.proto]))
        self._store(obj)
        self.write(STOP)
        self._out.commit()

    # Memo references.

    def _ref(self, index, small, large, text):
        if not self.bin:
            return text + b"%d\n" % index
        if index <= 0xff:
            return small + bytes([index])
        return large + pack("<I", index)

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.memo[id(obj)] = index, obj
        if self.proto >= 4:
            self.write(MEMOIZE)
        else:
            self.write(self._ref(index, BINPUT, LONG_BINPUT, PUT))

    def get(self, index):
        return self._ref(index, BINGET, LONG_BINGET, GET)

    def _back_to(self, obj):
        """The memo reference for obj, or None when obj was not written."""
        seen = self.memo.get(id(obj))
        return None if seen is None else self.get(seen[0])

    # Writing one object.

    def _store(self, obj, check_pid=True):
        if check_pid and self._custom_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._store_pid(pid)
                return
        ref = self._back_to(obj)
        if ref is not None:
            self.write(ref)
            return
        kind = type(obj)
        writer = _WRITERS.get(kind)
        if writer is not None:
            writer(self, obj)
            return
        reduced = NotImplemented
        override = getattr(self, "reducer_override", None)
        if override is not None:
            reduced = override(obj)
        if reduced is NotImplemented:
            table = getattr(self, "dispatch_table", dispatch_table)
            custom = table.get(kind)
            if custom is not None:
                reduced = custom(obj)
            elif isinstance(obj, type):
                self._store_global(obj)
                return
            else:
                reduced = _reduce_builtin(obj, self.proto)
                if reduced is None:
                    reduced = _reduce_value(obj, self.proto)
        if isinstance(reduced, str):
            self._store_global(obj, reduced)
        elif not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        elif len(reduced) < 2 or len(reduced) > 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        else:
            self._store_reduce(*reduced, obj=obj)

    def _store_pid(self, pid):
        if self.bin:
            self._store(pid, check_pid=False)
            self.write(BINPERSID)
            return
        try:
            text = str(pid).encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be "
                                "ASCII strings") from None
        self.write(PERSID + text + b"\n")

    def _store_reduce(self, func, args, state=None, listitems=None,
                      dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        how = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if how == "__newobj_ex__":
            self._store_newobj_ex(args, obj)
        elif how == "__newobj__":
            self._store_newobj(args, obj)
        else:
            self._store(func)
            self._store(args)
            self.write(REDUCE)
        if obj is not None:
            ref = self._back_to(obj)
            if ref is None:
                self.memoize(obj)
            else:
                self.write(POP + ref)
        if listitems is not None:
            _batches(self, listitems, self._store, APPEND, APPENDS, "iter")
        if dictitems is not None:
            _batches(self, dictitems, self._store_pair, SETITEM, SETITEMS,
                     "iter")
        if state is None:
            return
        if state_setter is None:
            self._store(state)
            self.write(BUILD)
        else:
            for part in (state_setter, obj, state):
                self._store(part)
            self.write(TUPLE2 + REDUCE + POP)

    def _check_new_class(self, cls, obj, how):
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from %s args has no __new__" % how)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("args[0] from %s args has the wrong class"
                                % how)

    def _store_newobj(self, args, obj):
        if not args:
            raise PicklingError("__newobj__ arglist is empty")
        self._check_new_class(args[0], obj, "__newobj__")
        self._store(args[0])
        self._store(args[1:])
        self.write(NEWOBJ)

    def _store_newobj_ex(self, args, obj):
        cls, pos, kw = args
        self._check_new_class(cls, obj, "__newobj_ex__")
        if self.proto >= 4:
            for part in (cls, pos, kw):
                self._store(part)
            self.write(NEWOBJ_EX)
        else:
            import functools
            self._store(functools.partial(cls.__new__, cls, *pos, **kw))
            self._store(())
            self.write(REDUCE)

    def _store_pair(self, pair):
        key, value = pair
        self._store(key)
        self._store(value)

    def _store_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None) or obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            if "<locals>" in name.split("."):
                raise AttributeError("Can't pickle local object %r" % name)
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            import copyreg
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                for limit, op, fmt in ((0xff, EXT1, "<B"), (0xffff, EXT2, "<H"),
                                       (None, EXT4, "<i")):
                    if limit is None or code <= limit:
                        self.write(op + pack(fmt, code))
                        return
        if self.proto >= 4:
            self._store(module_name)
            self._store(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self._store_reduce(getattr, (parent, name.rpartition(".")[2]))
        else:
            if self.fix_imports:
                module_name, name = _NAMES_TO_PY2.get(
                    (module_name, name),
                    (_TO_PY2.get(module_name, module_name), name))
            try:
                line = (module_name + "\n" + name + "\n").encode("ascii")
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module_name, name, self.proto)) from None
            self.write(GLOBAL + line)
        self.memoize(obj)


Pickler.__module__ = "_pickle"


def _reduce_value(obj, proto):
    by_protocol = getattr(obj, "__reduce_ex__", None)
    if by_protocol is not None:
        return by_protocol(proto)
    plain = getattr(obj, "__reduce__", None)
    if plain is None:
        raise PicklingError("Can't pickle %r object: %r"
                            % (type(obj).__name__, obj))
    return plain()


def _batches(p, items, store_one, one_op, many_op, single):
    """Writes items in groups of _BATCH between MARK and many_op. `single`
    says when one item goes alone with one_op: "exact" (a list or dict of
    one item), "iter" (a last group of one) or "never"."""
    if not p.bin:
        for item in items:
            store_one(item)
            p.write(one_op)
        return
    if single == "exact" and len(items) == 1:
        store_one(items[0])
        p.write(one_op)
        return
    source = iter(items)
    while True:
        group = []
        for item in source:
            group.append(item)
            if len(group) == _BATCH:
                break
        if len(group) == 1 and single == "iter":
            store_one(group[0])
            p.write(one_op)
        elif group:
            p.write(MARK)
            for item in group:
                store_one(item)
            p.write(many_op)
        if len(group) < _BATCH:
            return


def _write_counted(p, payload, choices):
    """Writes payload after the first (limit, opcode, length format) of
    choices that fits; big payloads go outside the frame."""
    size = len(payload)
    for limit, op, fmt in choices:
        if limit is None or size <= limit:
            break
    header = op + pack(fmt, size)
    if size >= _FRAME_TARGET:
        p._out.write_large(header, payload)
    else:
        p.write(header + payload)


def _w_none(p, obj):
    p.write(NONE)


def _w_bool(p, obj):
    if p.proto >= 2:
        p.write(NEWTRUE if obj else NEWFALSE)
    else:
        p.write(TRUE if obj else FALSE)


def _w_int(p, n):
    fits32 = -0x80000000 <= n <= 0x7fffffff
    if p.bin and 0 <= n <= 0xff:
        p.write(BININT1 + bytes([n]))
    elif p.bin and 0 <= n <= 0xffff:
        p.write(BININT2 + pack("<H", n))
    elif p.bin and fits32:
        p.write(BININT + pack("<i", n))
    elif p.proto >= 2:
        raw = encode_long(n)
        if len(raw) < 256:
            p.write(LONG1 + bytes([len(raw)]) + raw)
        else:
            p.write(LONG4 + pack("<i", len(raw)) + raw)
    elif fits32:
        p.write(INT + b"%d\n" % n)
    else:
        p.write(LONG + b"%dL\n" % n)


def _w_float(p, x):
    if p.bin:
        p.write(BINFLOAT + pack(">d", x))
    else:
        p.write(FLOAT + repr(x).encode("ascii") + b"\n")


def _w_bytes(p, data):
    if p.proto < 3:
        if data:
            import _codecs
            p._store_reduce(_codecs.encode, (str(data, "latin1"), "latin1"),
                            obj=data)
        else:
            p._store_reduce(bytes, (), obj=data)
        return
    _write_counted(p, data, ((0xff, SHORT_BINBYTES, "<B"),
                             (0xffffffff, BINBYTES, "<I"),
                             (None, BINBYTES8, "<Q")))
    p.memoize(data)


def _w_bytearray(p, data):
    if p.proto < 5:
        p._store_reduce(bytearray, (bytes(data),) if data else (), obj=data)
        return
    _write_counted(p, bytes(data), ((None, BYTEARRAY8, "<Q"),))
    p.memoize(data)


_ESCAPES_V0 = {ord("\\"): "\\u005c", 0: "\\u0000", ord("\n"): "\\u000a",
               ord("\r"): "\\u000d", 0x1a: "\\u001a"}


def _w_str(p, text):
    if not p.bin:
        p.write(UNICODE + _raw_unicode_escape(text.translate(_ESCAPES_V0))
                + b"\n")
    else:
        raw = text.encode("utf-8", "surrogatepass")
        if p.proto >= 4:
            choices = ((0xff, SHORT_BINUNICODE, "<B"),
                       (0xffffffff, BINUNICODE, "<I"),
                       (None, BINUNICODE8, "<Q"))
        else:
            choices = ((None, BINUNICODE, "<I"),)
        _write_counted(p, raw, choices)
    p.memoize(text)


def _w_tuple(p, items):
    n = len(items)
    if n == 0:
        p.write(EMPTY_TUPLE if p.bin else MARK + TUPLE)
        return
    short = n <= 3 and p.proto >= 2
    if not short:
        p.write(MARK)
    for x in items:
        p._store(x)
    ref = p._back_to(items)
    if ref is None:
        p.write(_TUPLESIZE[n] if short else TUPLE)
        p.memoize(items)
    elif short:
        p.write(POP * n + ref)
    elif p.bin:
        p.write(POP_MARK + ref)
    else:
        p.write(POP * (n + 1) + ref)


def _w_list(p, items):
    p.write(EMPTY_LIST if p.bin else MARK + LIST)
    p.memoize(items)
    _batches(p, items, p._store, APPEND, APPENDS, "exact")


def _w_dict(p, mapping):
    p.write(EMPTY_DICT if p.bin else MARK + DICT)
    p.memoize(mapping)
    _batches(p, list(mapping.items()), p._store_pair, SETITEM, SETITEMS,
             "exact")


def _w_set(p, items):
    if p.proto < 4:
        p._store_reduce(set, (list(items),), obj=items)
        return
    p.write(EMPTY_SET)
    p.memoize(items)
    _batches(p, list(items), p._store, None, ADDITEMS, "never")


def _w_frozenset(p, items):
    if p.proto < 4:
        p._store_reduce(frozenset, (list(items),), obj=items)
        return
    p.write(MARK)
    for x in items:
        p._store(x)
    ref = p._back_to(items)
    if ref is not None:
        p.write(POP_MARK + ref)
    else:
        p.write(FROZENSET)
        p.memoize(items)


def _w_type(p, cls):
    for singleton in (None, NotImplemented, ...):
        if cls is type(singleton):
            p._store_reduce(type, (singleton,), obj=cls)
            return
    p._store_global(cls)


def _w_builtin(p, func):
    owner = getattr(func, "__self__", None)
    if owner is None or type(owner).__name__ == "module":
        p._store_global(func)
    else:
        p._store_reduce(getattr, (owner, func.__name__), obj=func)


_TUPLESIZE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_WRITERS = {
    type(None): _w_none, bool: _w_bool, int: _w_int, float: _w_float,
    bytes: _w_bytes, bytearray: _w_bytearray, str: _w_str, tuple: _w_tuple,
    list: _w_list, dict: _w_dict, set: _w_set, frozenset: _w_frozenset,
    type: _w_type, type(len): _w_builtin,
    type(lambda: 0): lambda p, f: p._store_global(f),
}


def _reduce_builtin(obj, proto):
    """Reductions for builtin values whose __reduce_ex__ may be missing here."""
    t = type(obj)
    if t is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if t is range:
        return range, (obj.start, obj.stop, obj.step)
    if obj is ... or obj is NotImplemented:
        return repr(obj)
    if t is _MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if t is _MethodDescriptorType or t is _ClassMethodDescriptorType:
        return getattr, (obj.__objclass__, obj.__name__)
    return None


_MethodType = type(Pickler.dump.__get__(0))
_MethodDescriptorType = type(str.upper)
_ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])


def _raw_unicode_escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if c < 256:
            out.append(ch)
        elif c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            out.append("\\U%08x" % c)
    return "".join(out).encode("latin-1")


def _decode_raw_unicode_escape(data):
    s = data.decode("latin-1")
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\\" and i + 1 < n and s[i + 1] in "uU":
            width = 4 if s[i + 1] == "u" else 8
            digits = s[i + 2:i + 2 + width]
            try:
                if len(digits) != width:
                    raise ValueError
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise UnicodeDecodeError(
                    "rawunicodeescape", data, i, i + 2 + len(digits),
                    "truncated \\%sXXXX escape" % ("uX"[width == 8] * 1))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return "".join(out)


class _BytesReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        p = self.pos
        self.pos = p + n
        return self.data[p:p + n]

    def readinto(self, buf):
        b = self.read(len(buf))
        buf[:len(b)] = b
        return len(b)

    def readline(self):
        data = self.data
        p = self.pos
        i = data.find(b'\n', p)
        end = len(data) if i < 0 else i + 1
        self.pos = end
        return data[p:end]


class Unpickler:
    """Reads pickled objects back from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' "
                            "attributes") from None
        self._buffers = None if buffers is None else iter(buffers)
        self.memo = {}
        self.encoding, self.errors = encoding, errors
        self.fix_imports = fix_imports
        self.proto = 0

    def _read(self, n):
        data = self._file_read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _line(self):
        return self._readline()[:-1]

    def load(self):
        if "_file_read" not in self.__dict__:
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self._frames = []          # the stacks suspended by MARK
        self._items = []           # the current stack
        read = self._file_read
        while True:
            op = read(1)
            if not op:
                raise EOFError("Ran out of input")
            if op == b'.':
                return self._take()
            action = _ACTIONS.get(op[0])
            if action is None:
                raise UnpicklingError("invalid load key, %r." % chr(op[0]))
            action(self)

    # The value stack.

    def _empty_stack_error(self):
        return UnpicklingError("unexpected MARK found" if self._frames
                               else "unpickling stack underflow")

    def _push(self, value):
        self._items.append(value)

    def _take(self):
        if not self._items:
            raise self._empty_stack_error()
        return self._items.pop()

    def _peek(self):
        if not self._items:
            raise self._empty_stack_error()
        return self._items[-1]

    def _take_n(self, n):
        if len(self._items) < n:
            raise self._empty_stack_error()
        taken = self._items[len(self._items) - n:]
        del self._items[len(self._items) - n:]
        return taken

    def _since_mark(self):
        if not self._frames:
            raise UnpicklingError("could not find MARK")
        taken = self._items
        self._items = self._frames.pop()
        return taken

    # Hooks.

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAMES_FROM_PY2:
                module, name = _NAMES_FROM_PY2[(module, name)]
            else:
                module = _FROM_PY2.get(module, module)
        __import__(module, level=0)
        found = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(found, name)[0]
        return getattr(found, name)

    def _text(self, raw):
        """A protocol 0-2 byte string as str (or bytes with encoding='bytes')."""
        if self.encoding == "bytes":
            return raw
        return raw.decode(self.encoding, self.errors)


Unpickler.__module__ = "_pickle"


# ----- what each opcode does (u is the Unpickler) -----

def _int_line(u):
    text = u._readline()
    flag = {b'00\n': False, b'01\n': True}.get(text)
    if flag is None:
        try:
            flag = int(text, 0)
        except ValueError:
            raise ValueError("could not convert string to int") from None
    u._push(flag)


def _long_line(u):
    text = u._line()
    u._push(int(text[:-1] if text.endswith(b'L') else text, 0))


def _float_line(u):
    text = u._readline()
    try:
        u._push(float(text[:-1]))
    except ValueError:
        raise ValueError("could not convert string to float: '%s'"
                         % text.decode("latin-1")) from None


def _quoted_string(u):
    text = u._line()
    if len(text) < 2 or text[:1] != text[-1:] or text[:1] not in (b'"', b"'"):
        raise UnpicklingError("the STRING opcode argument must be quoted")
    raw = text[1:-1].decode("unicode_escape").encode("latin-1")
    u._push(u._text(raw))


def _fixed(fmt):
    size = calcsize(fmt)

    def action(u):
        u._push(unpack(fmt, u._read(size))[0])
    return action


def _counted(fmt, convert, what=None):
    """Opcodes followed by a length (struct fmt) and that many bytes."""
    size = calcsize(fmt)

    def action(u):
        n = unpack(fmt, u._read(size))[0]
        if n < 0:
            raise UnpicklingError("%s pickle has negative byte count" % what)
        u._push(convert(u, u._read(n)))
    return action


def _utf8(u, raw):
    return str(raw, 'utf-8', 'surrogatepass')


def _fresh(factory):
    def action(u):
        u._push(factory())
    return action


def _tuple_of(n):
    def action(u):
        u._push(tuple(u._take_n(n)))
    return action


def _memo_read(fmt_or_line):
    def action(u):
        if fmt_or_line is None:
            key = int(u._line())
        else:
            key = unpack(fmt_or_line, u._read(calcsize(fmt_or_line)))[0]
        try:
            u._push(u.memo[key])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d"
                                  % key) from None
    return action


def _memo_write(fmt_or_line):
    def action(u):
        if fmt_or_line is None:
            key = int(u._line())
            if key < 0:
                raise ValueError("negative PUT argument")
        elif fmt_or_line == "next":
            key = len(u.memo)
        else:
            key = unpack(fmt_or_line, u._read(calcsize(fmt_or_line)))[0]
        u.memo[key] = u._peek()
    return action


def _proto(u):
    version = u._read(1)[0]
    if version > HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % version)
    u.proto = version


def _frame(u):
    size = unpack('<Q', u._read(8))[0]
    if size > sys.maxsize:
        raise ValueError("frame size > sys.maxsize: %d" % size)
    # Frames only group reads; the bytes are read as they are needed. An
    # in-memory pickle can still tell a frame that runs past its end.
    source = getattr(u._file_read, "__self__", None)
    if type(source) is _BytesReader and source.pos + size > len(source.data):
        raise UnpicklingError("pickle data was truncated")


def _pers_line(u):
    try:
        pid = u._line().decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be "
                              "ASCII strings") from None
    u._push(u.persistent_load(pid))


def _pers_stack(u):
    u._push(u.persistent_load(u._take()))


def _unicode_line(u):
    u._push(_decode_raw_unicode_escape(u._line()))


def _mark(u):
    u._frames.append(u._items)
    u._items = []


def _tuple_mark(u):
    u._push(tuple(u._since_mark()))


def _list_mark(u):
    u._push(u._since_mark())


def _pairs(items, what):
    if len(items) % 2:
        raise UnpicklingError("odd number of items for %s" % what)
    return zip(items[::2], items[1::2])


def _dict_mark(u):
    u._push(dict(_pairs(u._since_mark(), "DICT")))


def _frozenset_mark(u):
    u._push(frozenset(u._since_mark()))


def _make_instance(u, cls, args):
    if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
        u._push(cls(*args))
    else:
        u._push(cls.__new__(cls))


def _inst(u):
    module = u._line().decode("ascii")
    name = u._line().decode("ascii")
    cls = u.find_class(module, name)
    _make_instance(u, cls, u._since_mark())


def _obj(u):
    args = u._since_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    _make_instance(u, args[0], args[1:])


def _newobj(u):
    cls, args = u._take_n(2)
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u._push(cls.__new__(cls, *args))


def _newobj_ex(u):
    cls, args, kwargs = u._take_n(3)
    u._push(cls.__new__(cls, *args, **kwargs))


def _global_line(u):
    module = u._line().decode("utf-8")
    name = u._line().decode("utf-8")
    u._push(u.find_class(module, name))


def _global_stack(u):
    module, name = u._take_n(2)
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._push(u.find_class(module, name))


def _extension(fmt):
    def action(u):
        code = unpack(fmt, u._read(calcsize(fmt)))[0]
        import copyreg
        found = copyreg._extension_cache.get(code, _MISSING)
        if found is _MISSING:
            key = copyreg._inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            found = copyreg._extension_cache[code] = u.find_class(*key)
        u._push(found)
    return action


def _reduce(u):
    args = u._take()
    func = u._peek()
    if not isinstance(args, tuple):
        raise UnpicklingError("REDUCE argument must be a tuple")
    u._items[-1] = func(*args)


def _pop(u):
    if u._items:
        u._items.pop()
    elif u._frames:
        u._since_mark()
    else:
        raise UnpicklingError("unpickling stack underflow")


def _pop_mark(u):
    u._since_mark()


def _dup(u):
    u._push(u._peek())


def _append(u):
    value = u._take()
    u._peek().append(value)


def _appends(u):
    values = u._since_mark()
    target = u._peek()
    if isinstance(target, list):
        target.extend(values)
    else:
        for v in values:
            target.append(v)


def _setitem(u):
    key, value = u._take_n(2)
    u._peek()[key] = value


def _setitems(u):
    pairs = _pairs(u._since_mark(), "SETITEMS")
    target = u._peek()
    for k, v in pairs:
        target[k] = v


def _additems(u):
    values = u._since_mark()
    target = u._peek()
    if isinstance(target, set):
        target.update(values)
    else:
        for v in values:
            target.add(v)


def _build(u):
    state = u._take()
    inst = u._peek()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        namespace = inst.__dict__
        for k, v in state.items():
            namespace[sys.intern(k) if type(k) is str else k] = v
    if slots:
        for k, v in slots.items():
            setattr(inst, k, v)


def _next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")
    try:
        u._push(next(u._buffers))
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None


_ACTIONS = {
    MARK: _mark, POP: _pop, POP_MARK: _pop_mark, DUP: _dup,
    FLOAT: _float_line, INT: _int_line, LONG: _long_line,
    BININT: _fixed('<i'), BININT1: _fixed('<B'), BININT2: _fixed('<H'),
    BINFLOAT: _fixed('>d'), NONE: _fresh(lambda: None),
    NEWTRUE: _fresh(lambda: True), NEWFALSE: _fresh(lambda: False),
    PERSID: _pers_line, BINPERSID: _pers_stack, REDUCE: _reduce,
    STRING: _quoted_string,
    BINSTRING: _counted('<i', lambda u, raw: u._text(raw), "BINSTRING"),
    SHORT_BINSTRING: _counted('<B', lambda u, raw: u._text(raw)),
    UNICODE: _unicode_line, BINUNICODE: _counted('<I', _utf8),
    SHORT_BINUNICODE: _counted('<B', _utf8),
    BINUNICODE8: _counted('<Q', _utf8),
    BINBYTES: _counted('<I', lambda u, raw: raw),
    SHORT_BINBYTES: _counted('<B', lambda u, raw: raw),
    BINBYTES8: _counted('<Q', lambda u, raw: raw),
    BYTEARRAY8: _counted('<Q', lambda u, raw: bytearray(raw)),
    LONG1: _counted('<B', lambda u, raw: decode_long(raw)),
    LONG4: _counted('<i', lambda u, raw: decode_long(raw), "LONG"),
    APPEND: _append, APPENDS: _appends, BUILD: _build, GLOBAL: _global_line,
    STACK_GLOBAL: _global_stack, DICT: _dict_mark,
    EMPTY_DICT: _fresh(dict), EMPTY_LIST: _fresh(list),
    EMPTY_TUPLE: _fresh(tuple), EMPTY_SET: _fresh(set),
    LIST: _list_mark, TUPLE: _tuple_mark, FROZENSET: _frozenset_mark,
    TUPLE1: _tuple_of(1), TUPLE2: _tuple_of(2), TUPLE3: _tuple_of(3),
    GET: _memo_read(None), BINGET: _memo_read('<B'),
    LONG_BINGET: _memo_read('<I'), PUT: _memo_write(None),
    BINPUT: _memo_write('<B'), LONG_BINPUT: _memo_write('<I'),
    MEMOIZE: _memo_write("next"), INST: _inst, OBJ: _obj,
    NEWOBJ: _newobj, NEWOBJ_EX: _newobj_ex,
    EXT1: _extension('<B'), EXT2: _extension('<H'), EXT4: _extension('<i'),
    SETITEM: _setitem, SETITEMS: _setitems, ADDITEMS: _additems,
    PROTO: _proto, FRAME: _frame, NEXT_BUFFER: _next_buffer,
    READONLY_BUFFER: lambda u: None,
}
_ACTIONS = {op[0]: action for op, action in _ACTIONS.items()}


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    return Unpickler(_BytesReader(_bytes_like(data)), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding,
                     errors=errors).load()


for _f in (dump, dumps, load, loads):
    _f.__module__ = "_pickle"
del _f
