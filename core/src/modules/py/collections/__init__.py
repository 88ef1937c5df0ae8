"""Container datatypes: deque, defaultdict, OrderedDict, namedtuple, Counter, ChainMap,
UserDict, UserList and UserString."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from _collections import deque, _count_elements, _tuplegetter
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import itemgetter as _itemgetter, eq as _eq, le as _le, ge as _ge, lt as _lt, gt as _gt
from keyword import iskeyword as _iskeyword

_collections_abc.MutableSequence.register(deque)
_Mapping = _collections_abc.Mapping
_NOTHING = object()
_busy = set()       # ids of objects whose repr is in progress


def _guard_repr(method):
    """Wrap a __repr__ so that a self-referencing structure prints '...'."""
    def guarded(self):
        token = (id(self), method)
        if token in _busy:
            return '...'
        _busy.add(token)
        try:
            return method(self)
        finally:
            _busy.discard(token)
    guarded.__name__ = method.__name__
    guarded.__qualname__ = method.__qualname__
    return guarded


# -- defaultdict ---------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory, args = args[0], args[1:]
            if not (factory is None or callable(factory)):
                raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = factory

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        value = make()
        self[key] = value
        return value

    def __repr__(self):
        # The dict part reads {...} when this object is already being shown; the
        # factory reads ... when it is itself being shown further up.
        name = type(self).__name__
        body = '{...}' if (id(self), None) in _busy else dict.__repr__(self)
        make = self.default_factory
        token = (id(make), None)
        if token in _busy:
            return '%s(..., %s)' % (name, body)
        _busy.add(token)
        try:
            return '%s(%r, %s)' % (name, make, body)
        finally:
            _busy.discard(token)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        make = self.default_factory
        return type(self), (() if make is None else (make,)), None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented


# -- OrderedDict ---------------------------------------------------------------
# The builtin dict already keeps insertion order, so OrderedDict is a thin layer:
# it adds order-aware equality, move_to_end and FIFO popitem.

try:
    from _collections import _dict_version
except ImportError:  # an interpreter built before _dict_version existed
    def _dict_version(d):
        return len(d)


class _OdictIterator:
    __slots__ = ('_od', '_keys', '_pos', '_state', '_kind')

    def __init__(self, od, kind, rev):
        keys = list(dict.keys(od))
        if rev:
            keys.reverse()
        self._od = od
        self._keys = keys or None
        self._pos = 0
        self._state = _dict_version(od)
        self._kind = kind

    def __iter__(self):
        return self

    def __next__(self):
        keys = self._keys
        if keys is None:
            raise StopIteration
        od = self._od
        if _dict_version(od) != self._state:
            self._keys = None
            raise RuntimeError('OrderedDict mutated during iteration')
        i = self._pos
        k = keys[i]
        if i + 1 == len(keys):
            self._keys = None
        else:
            self._pos = i + 1
        kind = self._kind
        if kind == 0:
            return k
        if kind == 1:
            return dict.__getitem__(od, k)
        return k, dict.__getitem__(od, k)

    def __reduce__(self):
        rest = [] if self._keys is None else self._keys[self._pos:]
        if self._kind == 1:
            rest = [dict.__getitem__(self._od, k) for k in rest]
        elif self._kind == 2:
            rest = [(k, dict.__getitem__(self._od, k)) for k in rest]
        return iter, (rest,)


_OdictIterator.__name__ = _OdictIterator.__qualname__ = 'odict_iterator'
_OdictIterator.__module__ = 'builtins'


def _odict_key_error(key):
    # The C OrderedDict raises KeyError with the key as the exception value, which makes
    # None no argument and a tuple the arguments.
    if key is None:
        return KeyError()
    if type(key) is tuple:
        return KeyError(*key)
    return KeyError(key)


def _view_class(base, label, kind):
    def __iter__(self):
        return _OdictIterator(self._mapping, kind, False)

    def __reversed__(self):
        return _OdictIterator(self._mapping, kind, True)

    def __repr__(self):
        return '%s(%r)' % (label, list(self))

    def mapping(self):
        return type(type.__dict__)(self._mapping)

    cls = type(label, (base,), {'__slots__': (), '__iter__': __iter__,
                                '__reversed__': __reversed__, '__repr__': __repr__,
                                'mapping': property(mapping)})
    cls.__module__ = 'builtins'
    return cls


_OdictKeys = _view_class(_collections_abc.KeysView, 'odict_keys', 0)
_OdictValues = _view_class(_collections_abc.ValuesView, 'odict_values', 1)
_OdictItems = _view_class(_collections_abc.ItemsView, 'odict_items', 2)


def _pair(entry):
    """Split one update() entry into key and value, with dict's messages."""
    parts = iter(entry)
    first = next(parts, _NOTHING)
    if first is _NOTHING:
        raise ValueError('need more than 0 values to unpack')
    second = next(parts, _NOTHING)
    if second is _NOTHING:
        raise ValueError('need more than 1 value to unpack')
    if next(parts, _NOTHING) is not _NOTHING:
        raise ValueError('too many values to unpack (expected 2)')
    return first, second


class OrderedDict(dict):
    """A dict with order-aware equality, move_to_end() and popitem(last)."""

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)'
                            % len(args))
        if args:
            src = args[0]
            # (CPython asks a dict subclass for keys() and __getitem__.)
            if type(src) is dict and type(self).__setitem__ is dict.__setitem__:
                dict.update(self, src)
            elif hasattr(src, 'keys'):
                for k in src.keys():
                    self[k] = src[k]
            else:
                for entry in src:
                    k, v = _pair(entry)
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        oldest = next(iter(dict.keys(self)))
        return oldest, dict.pop(self, oldest)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        if key not in self:
            raise _odict_key_error(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, others)

    def pop(self, key, default=_NOTHING):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value."""
        if default is _NOTHING:
            if key not in self:
                raise _odict_key_error(key)
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary."""
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def keys(self):
        return _OdictKeys(self)

    def values(self):
        return _OdictValues(self)

    def items(self):
        return _OdictItems(self)

    def __iter__(self):
        return _OdictIterator(self, 0, False)

    def __reversed__(self):
        return _OdictIterator(self, 0, True)

    @_guard_repr
    def __repr__(self):
        name = type(self).__name__
        return '%s(%r)' % (name, list(dict.items(self))) if self else name + '()'

    def __reduce__(self):
        return type(self), (), (vars(self) or None), None, iter(dict.items(self))

    def copy(self):
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            return all(map(_eq, self, other))
        return same

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented


# -- namedtuple ----------------------------------------------------------------

def _check_names(typename, names, rename):
    if rename:
        taken = set()
        for pos, name in enumerate(names):
            bad = (not name.isidentifier() or _iskeyword(name)
                   or name.startswith('_') or name in taken)
            if bad:
                names[pos] = '_%d' % pos
            taken.add(name)
    for name in [typename, *names]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    taken = set()
    for name in names:
        if not rename and name[:1] == '_':
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in taken:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        taken.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(n) for n in field_names]
    typename = _sys.intern(str(typename))
    _check_names(typename, names, rename)

    fields = tuple(_sys.intern(n) for n in names)
    width = len(fields)
    defaults_map = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > width:
            raise TypeError('Got more default values than field names')
        if defaults:
            defaults_map = dict(zip(fields[-len(defaults):], defaults))

    params = ', '.join(fields) + (',' if width == 1 else '')
    make_tuple = tuple.__new__
    # Building __new__ from source gives it a real signature, so bad calls get
    # the usual "missing/unexpected argument" errors.
    scope = {'_mk': make_tuple, '__builtins__': {}, '__name__': 'namedtuple_' + typename}
    __new__ = eval('lambda _cls, %s: _mk(_cls, (%s))' % (params, params), scope)
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, params)
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != width:
            raise TypeError('Expected %d arguments, got %d' % (width, len(made)))
        return made

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **changes):
        made = self._make(map(changes.pop, fields, self))
        if changes:
            raise ValueError('Got unexpected field names: %r' % (list(changes),))
        return made

    _replace.__doc__ = ('Return a new %s object replacing specified fields with new values'
                        % typename)
    template = '(%s)' % ', '.join(f + '=%r' for f in fields)

    def __repr__(self):
        return type(self).__name__ + template % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    body = {'__doc__': '%s(%s)' % (typename, params), '__slots__': (),
            '_fields': fields, '_field_defaults': defaults_map, '__match_args__': fields}
    for fn in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = typename + '.' + fn.__name__
        body[fn.__name__] = fn
    body['_make'] = classmethod(_make)
    for pos, f in enumerate(fields):
        body[f] = _tuplegetter(pos, 'Alias for field number %d' % pos)
    cls = type(typename, (tuple,), body)

    if module is None:
        try:
            caller = _sys._getframe(1)
            module = caller.f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
    return cls


# -- Counter -------------------------------------------------------------------

def _union_keys(mine, theirs):
    return _chain(mine, [k for k in theirs if k not in mine])


class Counter(dict):
    """Dict subclass for counting hashable items (a bag or multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first."""
        by_count = _itemgetter(1)
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=by_count)

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if not isinstance(iterable, _Mapping):
                _count_elements(self, iterable)
            elif not self:
                super().update(iterable)
            else:
                have = self.get
                for item, n in iterable.items():
                    self[item] = n + have(item, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            have = self.get
            if isinstance(iterable, _Mapping):
                for item, n in iterable.items():
                    self[item] = have(item, 0) - n
            else:
                for item in iterable:
                    self[item] = have(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    def _combine(self, other, pick):
        # A new Counter holding pick(mine, theirs) for every key, positives only.
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for k in _union_keys(self, other):
            n = pick(self[k], other[k])
            if n > 0:
                out[k] = n
        return out

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        out = Counter()
        for k, n in self.items():
            if n > 0:
                out[k] = n
        return out

    def __neg__(self):
        out = Counter()
        for k, n in self.items():
            if n < 0:
                out[k] = 0 - n
        return out

    def _keep_positive(self):
        for k in [k for k, n in self.items() if not n > 0]:
            del self[k]
        return self

    def __iadd__(self, other):
        for k, n in other.items():
            self[k] += n
        return self._keep_positive()

    def __isub__(self, other):
        for k, n in other.items():
            self[k] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for k, n in other.items():
            if n > self[k]:
                self[k] = n
        return self._keep_positive()

    def __iand__(self, other):
        for k, n in self.items():
            theirs = other[k]
            if theirs < n:
                self[k] = theirs
        return self._keep_positive()


def _counter_order(name, test, strict):
    # Counters compare as multisets: a missing key counts as zero.
    def compare(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        holds = all(test(self[k], other[k]) for k in _union_keys(self, other))
        if strict and holds:
            return not all(self[k] == other[k] for k in _union_keys(self, other))
        return holds
    compare.__name__ = name
    compare.__qualname__ = 'Counter.' + name
    setattr(Counter, name, compare)


for _name, _test, _strict in (('__eq__', _eq, False), ('__le__', _le, False),
                              ('__lt__', _le, True), ('__ge__', _ge, False),
                              ('__gt__', _ge, True)):
    _counter_order(_name, _test, _strict)


def _counter_ne(self, other):
    same = self.__eq__(other)
    return same if same is NotImplemented else not same


_counter_ne.__name__ = '__ne__'
_counter_ne.__qualname__ = 'Counter.__ne__'
Counter.__ne__ = _counter_ne
Counter.__hash__ = None


# -- ChainMap ------------------------------------------------------------------

def _front_miss(key):
    return KeyError('Key not found in the first mapping: %r' % (key,))


class ChainMap(_collections_abc.MutableMapping):
    """A list of mappings seen as one; writes go to the first mapping."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]   # not `key in m`: a defaultdict must get its chance
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        order = {}
        for m in self.maps[::-1]:
            order.update(dict.fromkeys(m))
        return iter(order)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    @_guard_repr
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))   # one fresh dict

    def copy(self):
        head, *rest = self.maps
        return type(self)(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _front_miss(key) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            front = self.maps[0]
            return front.pop(key, *args)
        except KeyError:
            raise _front_miss(key) from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for m in self.maps[::-1]:
            flat.update(m)
        return type(self)(flat)


# -- UserDict ------------------------------------------------------------------

class UserDict(_collections_abc.MutableMapping):
    """A dict wrapper (the real dict is .data) meant for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return type(self)(self.data | other)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return type(self)(other | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        dup = type(self).__new__(type(self))
        dup.__dict__.update(self.__dict__)
        dup.__dict__['data'] = self.__dict__['data'].copy()
        return dup

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        return copy.copy(self)     # __copy__ duplicates .data

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made


# -- UserList ------------------------------------------------------------------

def _raw(obj):
    return obj.data if isinstance(obj, UserString) else obj


def _listify(ul, other):
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, type(ul.data)) else list(other)


class UserList(_collections_abc.MutableSequence):
    """A list wrapper (the real list is .data) meant for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) is type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return type(self)(self.data + _listify(self, other))

    def __radd__(self, other):
        return type(self)(_listify(self, other) + self.data)

    def __iadd__(self, other):
        self.data += _listify(self, other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        dup = type(self).__new__(type(self))
        dup.__dict__.update(self.__dict__)
        dup.__dict__['data'] = self.__dict__['data'][:]
        return dup

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


def _list_order(op):
    def compare(self, other):
        return op(self.data, self._UserList__cast(other))
    compare.__name__ = name = '__%s__' % op.__name__
    compare.__qualname__ = 'UserList.' + name
    setattr(UserList, name, compare)


for _op in (_lt, _le, _eq, _gt, _ge):
    _list_order(_op)


# -- UserString ----------------------------------------------------------------

class UserString(_collections_abc.Sequence):
    """A str wrapper (the real str is .data) meant for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_raw(old), _raw(new), maxsplit))

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    maketrans = str.maketrans

    # The str methods, each with its own signature (so argument errors name
    # UserString.<method>, as CPython's do).
    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_raw(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_raw(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_raw(suffix)))

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_raw(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def partition(self, sep):
        return self.data.partition(sep)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_raw(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


def _string_order(op):
    def compare(self, string):
        return op(self.data, string.data if isinstance(string, UserString) else string)
    compare.__name__ = name = '__%s__' % op.__name__
    compare.__qualname__ = 'UserString.' + name
    setattr(UserString, name, compare)


for _op in (_lt, _le, _eq, _gt, _ge):
    _string_order(_op)
del _op

# CPython's startup (site) has imported collections.abc before a program runs.
from . import abc
