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
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesReader(bytes(data)), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding,
                     errors=errors).load()


for _f in (dump, dumps, load, loads):
    _f.__module__ = "_pickle"
del _f
