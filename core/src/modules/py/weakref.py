"""Weak references and weak containers.

ref, getweakrefcount and getweakrefs come from _weakref. Proxies are Python classes that
forward to the referent. The weak containers drop entries whose referents died when they
are next looked at (lengths count live entries only), so they cost nothing per call.
"""

import sys
from _weakref import ref, getweakrefcount, getweakrefs

ReferenceType = ref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_getattribute = object.__getattribute__
_setattr = object.__setattr__


def _deref(p):
    o = _getattribute(p, '_proxy_ref')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _unwrap(o):
    if type(o) in ProxyTypes:
        return _deref(o)
    return o


def _proxy_getattribute(self, name):
    return getattr(_deref(self), name)


def _proxy_setattr(self, name, value):
    setattr(_deref(self), name, value)


def _proxy_delattr(self, name):
    delattr(_deref(self), name)


def _proxy_repr(self):
    o = _getattribute(self, '_proxy_ref')()
    return '<weakproxy at %#x to %s at %#x>' % (id(self), type(o).__name__, id(o))


def _proxy_hash(self):
    raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)


_BINARY = {
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
    'pow': lambda a, b: a ** b, 'lshift': lambda a, b: a << b, 'rshift': lambda a, b: a >> b,
    'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'xor': lambda a, b: a ^ b,
    'matmul': lambda a, b: a @ b, 'divmod': divmod,
}
_COMPARE = {
    'eq': lambda a, b: a == b, 'ne': lambda a, b: a != b, 'lt': lambda a, b: a < b,
    'le': lambda a, b: a <= b, 'gt': lambda a, b: a > b, 'ge': lambda a, b: a >= b,
}
_UNARY = {
    'neg': lambda a: -a, 'pos': lambda a: +a, 'abs': abs, 'invert': lambda a: ~a,
    'int': int, 'float': float, 'index': lambda a: a.__index__(), 'bool': bool, 'len': len,
    'iter': iter, 'str': str, 'bytes': bytes, 'reversed': reversed,
}


def _binary(fn):
    return lambda self, other: fn(_deref(self), _unwrap(other))


def _reflected(fn):
    return lambda self, other: fn(_unwrap(other), _deref(self))


def _unary(fn):
    return lambda self: fn(_deref(self))


def _inplace(name):
    def op(self, other):
        o = _deref(self)
        method = getattr(type(o), '__i%s__' % name, None)
        if method is not None:
            return method(o, _unwrap(other))
        return _BINARY[name](o, _unwrap(other))
    return op


def _proxy_namespace():
    ns = {
        '__slots__': ('_proxy_ref', '__weakref__'),
        '__module__': 'weakref',
        '__getattribute__': _proxy_getattribute,
        '__setattr__': _proxy_setattr,
        '__delattr__': _proxy_delattr,
        '__repr__': _proxy_repr,
        '__hash__': _proxy_hash,
        '__next__': lambda self: next(_deref(self)),
        '__contains__': lambda self, item: item in _deref(self),
        '__getitem__': lambda self, key: _deref(self)[key],
        '__setitem__': lambda self, key, value: _deref(self).__setitem__(key, value),
        '__delitem__': lambda self, key: _deref(self).__delitem__(key),
    }
    for name, fn in _BINARY.items():
        ns['__%s__' % name] = _binary(fn)
        ns['__r%s__' % name] = _reflected(fn)
        if name != 'divmod':
            ns['__i%s__' % name] = _inplace(name)
    for name, fn in _COMPARE.items():
        ns['__%s__' % name] = _binary(fn)
    for name, fn in _UNARY.items():
        ns['__%s__' % name] = _unary(fn)
    return ns


ProxyType = type('ProxyType', (), _proxy_namespace())
_callable_ns = _proxy_namespace()
_callable_ns['__call__'] = lambda self, *args, **kwargs: _deref(self)(*args, **kwargs)
CallableProxyType = type('CallableProxyType', (), _callable_ns)
del _callable_ns
ProxyTypes = (ProxyType, CallableProxyType)


class _ProxyRef(ref):
    """The weak reference inside a proxy (never shared, so proxies are counted)."""


def proxy(object, callback=None):
    """Create a proxy object that weakly references 'object'."""
    cls = CallableProxyType if callable(object) else ProxyType
    p = _getattribute(cls, '__new__')(cls)
    if callback is None:
        _setattr(p, '_proxy_ref', _ProxyRef(object))
    else:
        pref = ref(p)

        def _call(wr, pref=pref, callback=callback):
            q = pref()
            if q is not None:
                callback(q)

        _setattr(p, '_proxy_ref', _ProxyRef(object, _call))
    return p


class WeakMethod(ref):
    """A weak reference to a bound method that stays alive as long as the method's
    object and function do."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key (used by weak dictionaries)."""

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary:
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _purge(self):
        dead = [k for k, wr in self.data.items() if wr() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        for wr in list(self.data.values()):
            yield wr

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, None, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, None, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, None, key)

    def valuerefs(self):
        return list(self.data.values())

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [k for k in self.data if k() is None]
        for k in dead:
            del self.data[k]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self._purge_sometimes()
        self.data[ref(key)] = value

    def _purge_sometimes(self):
        n = len(self.data)
        if n >= 64 and n & (n - 1) == 0:
            self._purge()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key)] = value
        if len(kwargs):
            self.update(kwargs)

    def __or__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set of objects referenced weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _purge(self):
        self.data = {r for r in self.data if r() is not None}

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    __hash__ = None

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Class for finalization of weakrefable objects: finalize(obj, func, *args, **kwargs)
    calls func(*args, **kwargs) once obj is garbage collected, or at exit."""

    __slots__ = ()
    _registry = {}
    _index = 0

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise
        return None."""
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise
        return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Called by the interpreter at exit: newest first, as CPython does.
        pending = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        pending.sort(key=lambda item: item[0], reverse=True)
        for _, f in pending:
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
