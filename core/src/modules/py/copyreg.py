"""Registry of reduction functions for pickle and copy; also the logic behind
object.__reduce_ex__ and object.__reduce__ (which the interpreter calls into)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}     # type -> function returning its reduce tuple


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function the reducer of ob_type (for copy and pickle)."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor (it must be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# -- protocols 0 and 1 -------------------------------------------------------------------

def _reconstructor(cls, base, state):
    # Undo _reduce_ex: make a cls instance from the builtin base's value.
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def _solid_base(cls):
    """The first builtin class on cls's MRO (object when there is none)."""
    return next((k for k in cls.__mro__ if k.__module__ == 'builtins'), object)


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _solid_base(cls)
    state = None
    if base is not object:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(self)
    custom = getattr(type(self), '__getstate__', None)
    if custom is not None and custom is not object.__getstate__:
        attrs = self.__getstate__()
    elif getattr(self, '__slots__', None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    else:
        attrs = getattr(self, '__dict__', None)
    if attrs:
        return _reconstructor, (cls, base, state), attrs
    return _reconstructor, (cls, base, state)


# -- protocol 2 and up -------------------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments too (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _private_name(owner, name):
    # __x in class _K is stored as _K__x (leading underscores of the class dropped).
    if name.startswith('__') and not name.endswith('__'):
        bare = owner.__name__.lstrip('_')
        if bare:
            return '_' + bare + name
    return name


def _slotnames(cls):
    """The names of the slots of cls and its bases (cached as cls.__slotnames__)."""
    known = cls.__dict__.get('__slotnames__')
    if known is not None:
        return known
    found = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            declared = klass.__dict__.get('__slots__', ())
            if isinstance(declared, str):
                declared = (declared,)
            found.extend(_private_name(klass, n) for n in declared
                         if n not in ('__dict__', '__weakref__'))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass            # e.g. a builtin type
    return found


def _type_name(value):
    return type(value).__name__


def _getnewargs(obj):
    """(args, kwargs) for __new__ from __getnewargs_ex__ or __getnewargs__;
    (None, None) when the object has neither."""
    hook = getattr(obj, '__getnewargs_ex__', None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % _type_name(pair))
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % _type_name(args))
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % _type_name(kwargs))
        return args, kwargs
    hook = getattr(obj, '__getnewargs__', None)
    if hook is None:
        return None, None
    args = hook()
    if not isinstance(args, tuple):
        raise TypeError("__getnewargs__ should return a tuple, not '%s'" % _type_name(args))
    return args, None


def _getstate(obj, required):
    cls = type(obj)
    custom = getattr(cls, '__getstate__', None)
    if custom is not None and custom is not object.__getstate__:
        return obj.__getstate__()
    if required:
        base = _solid_base(cls)
        if base is not object:
            raise TypeError("cannot pickle %r object" % base.__name__)
    state = getattr(obj, '__dict__', None) or None
    slot_values = {}
    for name in _slotnames(cls):
        try:
            slot_values[name] = getattr(obj, name)
        except AttributeError:
            pass        # an unset slot is simply left out
    if slot_values:
        return state, slot_values
    return state


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    is_list, is_dict = isinstance(obj, list), isinstance(obj, dict)
    state = _getstate(obj, args is None and not (is_list or is_dict))
    items = iter(obj) if is_list else None
    pairs = iter(obj.items()) if is_dict else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, items, pairs
    return __newobj__, (cls, *(args or ())), state, items, pairs


class _Probe:
    def method(self):
        pass


_METHOD_TYPES = (type(_Probe().method), type(len), type([].append))
_MODULE_TYPE = type(__import__('sys'))


def _common_reduce(obj, protocol):
    """object.__reduce__() (protocol 0) and the tail of object.__reduce_ex__."""
    if type(obj) in _METHOD_TYPES:
        # Bound methods reduce to getattr(self, name); module-level builtins to their name.
        owner = obj.__self__
        if owner is None or isinstance(owner, _MODULE_TYPE):
            return obj.__name__
        return getattr, (owner, obj.__name__)
    if isinstance(obj, bytearray):
        # bytearray's own reduction: text (latin-1) before protocol 3, bytes from then on
        data = bytes(obj)
        args = (data,) if protocol >= 3 else (data.decode('latin-1'), 'latin-1')
        return type(obj), args, getattr(obj, '__dict__', None) or None
    if protocol < 2:
        return _reduce_ex(obj, protocol)
    return _reduce_newobj(obj)


def _object_reduce_ex(obj, protocol):
    """object.__reduce_ex__(protocol)."""
    if type(obj).__reduce__ is not object.__reduce__:
        return obj.__reduce__()         # a class's own __reduce__ wins
    return _common_reduce(obj, protocol)


# -- extension codes (a pickle feature; kept for compatibility) --------------------------

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return          # the same registration again
    if old_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, old_code))
    if old_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, old_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
