"""Serialise Python objects to bytes and back (protocols 0-5)."""

import sys
from struct import pack, unpack
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


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for a buffer handed out-of-band (protocol 5)."""

    def __init__(self, buffer):
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
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % type(self).__name__)
        self._custom_pid = (type(self).persistent_id is not Pickler.persistent_id
                            or "persistent_id" in self.__dict__)
        out = _Output(self._file_write, self.proto >= 4)
        self._out = out
        self.write = out.write
        if self.proto >= 2:
            out.write_file(PROTO + pack("<B", self.proto))
        self.save(obj)
        self.write(STOP)
        out.commit()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id and self._custom_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = _DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            table = getattr(self, "dispatch_table", dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            else:
                rv = _reduce_builtin(obj, self.proto)
                if rv is None:
                    reduce = getattr(obj, "__reduce_ex__", None)
                    if reduce is not None:
                        rv = reduce(self.proto)
                    else:
                        reduce = getattr(obj, "__reduce__", None)
                        if reduce is not None:
                            rv = reduce()
                        else:
                            raise PicklingError("Can't pickle %r object: %r" %
                                                (t.__name__, obj))
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be "
                                    "ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the "
                                    "wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + data)
            else:
                self.write(LONG4 + pack("<i", n) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_TARGET:
            self._out.write_large(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_TARGET:
            self._out.write_large(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_TARGET:
                self._out.write_large(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            tmp = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                   .replace("\n", "\\u000a").replace("\r", "\\u000d")
                   .replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_TUPLESIZE[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if len(obj) == 1 or not self.bin:
            for x in obj:
                self.save(x)
                self.write(APPEND)
            return
        i = 0
        while i < len(obj):
            batch = obj[i:i + _BATCH]
            i += _BATCH
            self.write(MARK)
            for x in batch:
                self.save(x)
            self.write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCH:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCH:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        items = list(obj.items())
        if len(items) == 1 or not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        i = 0
        while i < len(items):
            batch = items[i:i + _BATCH]
            i += _BATCH
            self.write(MARK)
            for k, v in batch:
                self.save(k)
                self.save(v)
            self.write(SETITEMS)

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCH:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        i = 0
        while i < len(items):
            batch = items[i:i + _BATCH]
            i += _BATCH
            self.write(MARK)
            for x in batch:
                self.save(x)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % name)
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" %
                                (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            import copyreg
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _NAMES_TO_PY2:
                    module_name, name = _NAMES_TO_PY2[key]
                else:
                    module_name = _TO_PY2.get(module_name, module_name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' +
                      bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


Pickler.__module__ = "_pickle"

_TUPLESIZE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_DISPATCH = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_type,
    type(len): lambda self, obj: _save_builtin(self, obj),
    type(lambda: 0): Pickler.save_global,
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


def _save_builtin(self, obj):
    owner = getattr(obj, "__self__", None)
    if owner is None or type(owner).__name__ == "module":
        self.save_global(obj)
    else:
        self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


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
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError as e:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        data = self._file_readline()
        if data[-1:] != b'\n':
            raise UnpicklingError("pickle data was truncated")
        return data

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._file_read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = _LOADERS.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." %
                                          chr(key[0]))
                f(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAMES_FROM_PY2:
                module, name = _NAMES_FROM_PY2[(module, name)]
            else:
                module = _FROM_PY2.get(module, module)
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # The opcode handlers.

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack('<Q', self._read(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        reader = getattr(self._file_read, "__self__", None)
        if type(reader) is _BytesReader and reader.pos + size > len(reader.data):
            raise UnpicklingError("pickle data was truncated")

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    def load_float(self):
        line = self._readline()
        try:
            self.append(float(line[:-1]))
        except ValueError:
            raise ValueError("could not convert string to float: '%s'"
                             % line.decode("latin-1")) from None

    def load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        data = data.decode("unicode_escape").encode("latin-1")
        self.append(self._decode_string(data))

    def load_binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        self.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self._read(8))
        self.append(self._read(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self._read(8))
        self.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_unicode(self):
        self.append(_decode_raw_unicode_escape(self._readline()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._read(8))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def _pop_n(self, n):
        if len(self.stack) < n:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        items = self.stack[-n:]
        del self.stack[-n:]
        return items

    def load_tuple1(self):
        self.append(tuple(self._pop_n(1)))

    def load_tuple2(self):
        self.append(tuple(self._pop_n(2)))

    def load_tuple3(self):
        self.append(tuple(self._pop_n(3)))

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        import copyreg
        obj = copyreg._extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self._read(1)[0])

    def load_ext2(self):
        self._load_ext(unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._load_ext(unpack('<i', self._read(4))[0])

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE argument must be a tuple")
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self._read(4))
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if isinstance(list_obj, list):
            list_obj.extend(items)
        else:
            append = list_obj.append
            for item in items:
                append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)


Unpickler.__module__ = "_pickle"

_LOADERS = {
    b'('[0]: Unpickler.load_mark,
    b'.'[0]: Unpickler.load_stop,
    b'0'[0]: Unpickler.load_pop,
    b'1'[0]: Unpickler.load_pop_mark,
    b'2'[0]: Unpickler.load_dup,
    b'F'[0]: Unpickler.load_float,
    b'I'[0]: Unpickler.load_int,
    b'J'[0]: Unpickler.load_binint,
    b'K'[0]: Unpickler.load_binint1,
    b'L'[0]: Unpickler.load_long,
    b'M'[0]: Unpickler.load_binint2,
    b'N'[0]: Unpickler.load_none,
    b'P'[0]: Unpickler.load_persid,
    b'Q'[0]: Unpickler.load_binpersid,
    b'R'[0]: Unpickler.load_reduce,
    b'S'[0]: Unpickler.load_string,
    b'T'[0]: Unpickler.load_binstring,
    b'U'[0]: Unpickler.load_short_binstring,
    b'V'[0]: Unpickler.load_unicode,
    b'X'[0]: Unpickler.load_binunicode,
    b'a'[0]: Unpickler.load_append,
    b'b'[0]: Unpickler.load_build,
    b'c'[0]: Unpickler.load_global,
    b'd'[0]: Unpickler.load_dict,
    b'}'[0]: Unpickler.load_empty_dictionary,
    b'e'[0]: Unpickler.load_appends,
    b'g'[0]: Unpickler.load_get,
    b'h'[0]: Unpickler.load_binget,
    b'i'[0]: Unpickler.load_inst,
    b'j'[0]: Unpickler.load_long_binget,
    b'l'[0]: Unpickler.load_list,
    b']'[0]: Unpickler.load_empty_list,
    b'o'[0]: Unpickler.load_obj,
    b'p'[0]: Unpickler.load_put,
    b'q'[0]: Unpickler.load_binput,
    b'r'[0]: Unpickler.load_long_binput,
    b's'[0]: Unpickler.load_setitem,
    b't'[0]: Unpickler.load_tuple,
    b')'[0]: Unpickler.load_empty_tuple,
    b'u'[0]: Unpickler.load_setitems,
    b'G'[0]: Unpickler.load_binfloat,
    0x80: Unpickler.load_proto,
    0x81: Unpickler.load_newobj,
    0x82: Unpickler.load_ext1,
    0x83: Unpickler.load_ext2,
    0x84: Unpickler.load_ext4,
    0x85: Unpickler.load_tuple1,
    0x86: Unpickler.load_tuple2,
    0x87: Unpickler.load_tuple3,
    0x88: Unpickler.load_true,
    0x89: Unpickler.load_false,
    0x8a: Unpickler.load_long1,
    0x8b: Unpickler.load_long4,
    b'B'[0]: Unpickler.load_binbytes,
    b'C'[0]: Unpickler.load_short_binbytes,
    0x8c: Unpickler.load_short_binunicode,
    0x8d: Unpickler.load_binunicode8,
    0x8e: Unpickler.load_binbytes8,
    0x8f: Unpickler.load_empty_set,
    0x90: Unpickler.load_additems,
    0x91: Unpickler.load_frozenset,
    0x92: Unpickler.load_newobj_ex,
    0x93: Unpickler.load_stack_global,
    0x94: Unpickler.load_memoize,
    0x95: Unpickler.load_frame,
    0x96: Unpickler.load_bytearray8,
    0x97: Unpickler.load_next_buffer,
    0x98: Unpickler.load_readonly_buffer,
}


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
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesReader(bytes(data)), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding,
                     errors=errors).load()


for _f in (dump, dumps, load, loads):
    _f.__module__ = "_pickle"
del _f
