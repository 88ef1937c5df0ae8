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
ProxyTypes = ProxyType, CallableProxyType


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


_NO_ATTR = object()


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both the method's object and
    its function are."""

    def __new__(cls, meth, callback=None):
        target = getattr(meth, '__self__', _NO_ATTR)
        func = getattr(meth, '__func__', _NO_ATTR)
        if target is _NO_ATTR or func is _NO_ATTR:
            raise TypeError("argument should be a bound method, not %s" % type(meth))
        back = None

        def died(_dead_ref):
            # the object or the function went away: the method is dead (report once)
            me = back()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        made = ref.__new__(cls, target, died)
        made._func_ref = ref(func, died)
        made._meth_type = type(meth)
        made._alive = True
        back = ref(made)
        return made

    def __call__(self):
        target = ref.__call__(self)
        func = self._func_ref()
        if target is None or func is None:
            return None
        return self._meth_type(func, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """ref with a `key` attribute (what WeakValueDictionary stores)."""

    def __new__(type, ob, callback, key):
        made = ref.__new__(type, ob, callback)
        made.key = key
        return made

    def __init__(self, ob, callback, key):
        ref.__init__(self, ob, callback)


def _object_repr(obj):
    return '<%s at %#x>' % (type(obj).__name__, id(obj))


def _pairs(other, kwargs):
    # update()'s sources: a mapping (anything with items()) or pairs, then keywords
    if other is not None:
        yield from (other if hasattr(other, 'items') else dict(other)).items()
    yield from kwargs.items()


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        # (key, value) of the entries whose value is still alive
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def _purge(self):
        for key in [k for k, wr in self.data.items() if wr() is None]:
            del self.data[key]

    def _value(self, key):
        wr = self.data.get(key)
        return None if wr is None else wr()

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            del self.data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, key):
        return self._value(key) is not None

    __repr__ = _object_repr

    def copy(self):
        dup = WeakValueDictionary()
        for key, value in self._live():
            dup[key] = value
        return dup

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        dup = type(self)()
        for key, value in self._live():
            dup[deepcopy(key, memo)] = value
        return dup

    def get(self, key, default=None):
        value = self._value(key)
        return default if value is None else value

    def items(self):
        yield from self._live()

    def keys(self):
        for key, _value in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _key, value in self._live():
            yield value

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()       # KeyError when empty
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        value = self._value(key)
        if value is None:
            self[key] = value = default
        return value

    def update(self, other=None, /, **kwargs):
        for key, value in _pairs(other, kwargs):
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, WeakValueDictionary)):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def _purge(self):
        for wr in [wr for wr in self.data if wr() is None]:
            del self.data[wr]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        size = len(self.data)
        if size >= 64 and not size & (size - 1):
            self._purge()       # now and then, so dead keys cannot pile up
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, key):
        try:
            return ref(key) in self.data
        except TypeError:       # not weakly referenceable: cannot be a key
            return False

    __repr__ = _object_repr

    def copy(self):
        dup = WeakKeyDictionary()
        for key, value in self._live():
            dup[key] = value
        return dup

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        dup = type(self)()
        for key, value in self._live():
            dup[key] = deepcopy(value, memo)
        return dup

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        yield from self._live()

    def keys(self):
        for key, _value in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _key, value in self._live():
            yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()     # KeyError when empty
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        for key, value in _pairs(dict, kwargs):
            self.data[ref(key)] = value

    def __or__(self, other):
        if not isinstance(other, (dict, WeakKeyDictionary)):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


def _refs(items):
    return {ref(item) for item in items}


class WeakSet:
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _purge(self):
        self.data = {wr for wr in self.data if wr() is not None}

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while self.data:
            item = self.data.pop()()
            if item is not None:
                return item
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= _refs(other)
        return self

    def __iand__(self, other):
        self.data &= _refs(other)
        return self

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= _refs(other)
        return self

    def difference(self, other):
        result = self.copy()
        result -= other
        return result

    def intersection(self, other):
        return type(self)([item for item in other if item in self])

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    def union(self, other):
        items = list(self)
        items.extend(other)
        return type(self)(items)

    def difference_update(self, other):
        self -= other

    def intersection_update(self, other):
        self &= other

    def symmetric_difference_update(self, other):
        self ^= other

    __sub__, __and__, __xor__, __or__ = difference, intersection, symmetric_difference, union

    def issubset(self, other):
        return self.data <= _refs(other)

    def issuperset(self, other):
        return self.data >= _refs(other)

    def __lt__(self, other):
        return self.data < _refs(other)

    def __gt__(self, other):
        return self.data > _refs(other)

    __le__, __ge__ = issubset, issuperset

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return set(self) == set(other)
        return NotImplemented

    __hash__ = None

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class _Pending:
    """What a live finalizer will call."""
    __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when
    obj is collected, when the finalizer is called, or at exit (if atexit is true)."""

    __slots__ = ()
    _registry = {}          # live finalizer -> _Pending
    _index = 0              # creation counter: exit runs the newest first
    _shutdown = False       # set once the exit finalizers ran: no callbacks after that

    def __init__(self, obj, func, /, *args, **kwargs):
        job = _Pending()
        job.weakref = ref(obj, self)
        job.func, job.args, job.kwargs = func, args, kwargs or None
        job.atexit = True
        finalize._index += 1
        job.index = finalize._index
        finalize._registry[self] = job

    def _job(self):
        return finalize._registry.get(self)

    def __call__(self, _=None):
        """Run the callback if still alive (returning its result), once."""
        job = finalize._registry.pop(self, None)
        if job is not None and not finalize._shutdown:
            return job.func(*job.args, **(job.kwargs or {}))

    def _target(self):
        job = self._job()
        return job, (None if job is None else job.weakref())

    def detach(self):
        """If alive: kill without running and return (obj, func, args, kwargs)."""
        job, obj = self._target()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return obj, job.func, job.args, job.kwargs or {}

    def peek(self):
        """If alive: (obj, func, args, kwargs)."""
        job, obj = self._target()
        if obj is not None:
            return obj, job.func, job.args, job.kwargs or {}

    @property
    def alive(self):
        """Whether the callback is still to run."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the callback runs at exit if still alive then."""
        job = self._job()
        return job is not None and job.atexit

    @atexit.setter
    def atexit(self, value):
        job = self._job()
        if job is not None:
            job.atexit = bool(value)

    def __repr__(self):
        _job, obj = self._target()
        here = '<%s object at %#x; ' % (type(self).__name__, id(self))
        if obj is None:
            return here + 'dead>'
        return here + 'for %r at %#x>' % (type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Called by the interpreter at exit: the newest finalizers first.
        due = sorted(((job.index, f) for f, job in cls._registry.items() if job.atexit),
                     key=lambda pair: -pair[0])
        for _index, f in due:
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
        cls._shutdown = True
