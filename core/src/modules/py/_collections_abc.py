"""Abstract Base Classes for containers (the implementation of collections.abc)."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = """Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator Hashable
Iterable Iterator Generator Reversible Sized Container Callable Collection Set MutableSet
Mapping MutableMapping MappingView KeysView ItemsView ValuesView Sequence MutableSequence
ByteString""".split()


# -- the concrete builtin types the ABCs are registered for ----------------------------

def _sample_generator():
    yield


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


class _Sample:
    def method(self):
        pass


_pending = _sample_coroutine()
coroutine = type(_pending)
_pending.close()        # never awaited: close it so nothing warns
generator = type(_sample_generator())
async_generator = type(_sample_async_generator())
function = type(_sample_generator)
builtin_function = type(len)
method = type(_Sample().method)
mappingproxy = type(type.__dict__)
dict_keys, dict_values, dict_items = (type(v) for v in ({}.keys(), {}.values(), {}.items()))
(bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator,
 list_iterator, list_reverseiterator, range_iterator, longrange_iterator, set_iterator,
 str_iterator, tuple_iterator) = (
    type(iter(x)) for x in (b'', bytearray(), {}.keys(), {}.values(), {}.items(), [],
                            reversed([]), range(0), range(1 << 1000), set(), '', ()))
zip_iterator = type(zip())
del _pending, _sample_generator, _sample_coroutine, _sample_async_generator, _Sample


def _register(abc, *classes):
    # Trusted registrations of builtin types: straight into the registry, which
    # skips register()'s checks and keeps importing this module cheap.
    abc._abc_impl.registry.update(classes)


def _check_methods(C, *methods):
    """True when every name is defined somewhere on C's MRO and not set to None,
    NotImplemented otherwise (the answer a __subclasshook__ gives)."""
    for name in methods:
        for klass in C.__mro__:
            found = klass.__dict__.get(name, _check_methods)
            if found is not _check_methods:
                if found is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# An ABC listed here recognises any class that has these methods as a subclass
# (only the ABC itself: its subclasses must be inherited from or registered).
_PROTOCOLS = {}


def _structural(cls, C):
    names = _PROTOCOLS.get(cls)
    return NotImplemented if names is None else _check_methods(C, *names)


_structural = classmethod(_structural)
_generic = classmethod(GenericAlias)


def _protocol(*names):
    def mark(cls):
        _PROTOCOLS[cls] = names
        return cls
    return mark


def _raise_into(typ, val, tb):
    # The default throw(): raise the exception described by (typ, val, tb).
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_via_throw(obj, kind):
    # The default close(): GeneratorExit must end the thing, not be swallowed.
    try:
        obj.throw(GeneratorExit)
    except BaseException as stop:
        if isinstance(stop, (GeneratorExit, StopIteration)):
            return
        raise
    raise RuntimeError(kind + ' ignored GeneratorExit')


# -- one-method protocols ----------------------------------------------------------------

@_protocol('__hash__')
class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural

    @abstractmethod
    def __hash__(self):
        return 0


@_protocol('__await__')
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural
    __class_getitem__ = _generic

    @abstractmethod
    def __await__(self):
        return
        yield


@_protocol('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine (StopIteration when it finishes)."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        _raise_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside the coroutine."""
        _close_via_throw(self, 'coroutine')


@_protocol('__aiter__')
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural
    __class_getitem__ = _generic

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_protocol('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item, or StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """The next item from the asynchronous generator."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value into the asynchronous generator."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the asynchronous generator."""
        _raise_into(typ, val, tb)

    async def aclose(self):
        """Raise GeneratorExit inside the asynchronous generator."""
        try:
            await self.athrow(GeneratorExit)
        except BaseException as stop:
            if isinstance(stop, (GeneratorExit, StopAsyncIteration)):
                return
            raise
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


@_protocol('__iter__')
class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural
    __class_getitem__ = _generic

    @abstractmethod
    def __iter__(self):
        return iter(())


@_protocol('__iter__', '__next__')
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item, or StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


@_protocol('__reversed__', '__iter__')
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())


@_protocol('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """The next item from the generator."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator (StopIteration when it finishes)."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _raise_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside the generator."""
        _close_via_throw(self, 'generator')


@_protocol('__len__')
class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural

    @abstractmethod
    def __len__(self):
        return 0


@_protocol('__contains__')
class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural
    __class_getitem__ = _generic

    @abstractmethod
    def __contains__(self, x):
        return False


@_protocol('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    __slots__ = ()


def _is_param_expr(obj):
    # ..., a typing.ParamSpec or a typing.Concatenate[...]
    if obj is Ellipsis:
        return True
    t = type(obj)
    return t.__module__ == 'typing' and t.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[int, str], float]: __args__ is (int, str, float)."""

    __slots__ = ()
    __module__ = 'collections.abc'

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {params}")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        shown = ', '.join(_type_repr(a) for a in args[:-1])
        return f'collections.abc.Callable[[{shown}], {_type_repr(args[-1])}]'

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        args = super().__getitem__(item).__args__
        if not isinstance(args[0], (tuple, list)):
            args = (args[:-1], args[-1])
        return _CallableGenericAlias(Callable, tuple(args))


@_protocol('__call__')
class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


_register(Coroutine, coroutine)
_register(AsyncGenerator, async_generator)
_register(Generator, generator)
_register(Iterator, bytes_iterator, bytearray_iterator, dict_keyiterator,
          dict_valueiterator, dict_itemiterator, list_iterator, list_reverseiterator,
          range_iterator, longrange_iterator, set_iterator, str_iterator, tuple_iterator,
          zip_iterator)
_register(Callable, *[t for t in (function, builtin_function, method)
                      if _check_methods(t, '__call__') is NotImplemented])


# -- sets --------------------------------------------------------------------------------

def _as_set(self, other):
    # Operands of - and ^ must support `in`: turn other iterables into our kind.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


def _all_in(items, container):
    for item in items:
        if item not in container:
            return False
    return True


class Set(Collection):
    """A finite, iterable container; subclasses supply __contains__, __iter__ and
    __len__ and get comparisons and set algebra."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _all_in(self, other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and _all_in(self, other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _all_in(other, self)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and _all_in(other, self)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and _all_in(self, other)

    @classmethod
    def _from_iterable(cls, it):
        """Make an instance from an iterable; override when the constructor differs."""
        return cls(it)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable([x for x in other if x in self])
        return NotImplemented

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when the two share no element."""
        return not any(x in self for x in other)

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable([*self, *other])
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable([x for x in self if x not in other])

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable([x for x in other if x not in self])

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        only_mine = self - other
        only_theirs = other - self
        return only_mine | only_theirs

    __rxor__ = __xor__

    def _hash(self):
        """A hash for immutable subclasses, equal to a frozenset's with the same items."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A Set that subclasses can also add() to and discard() from."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element if present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError if absent."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Remove and return some element; KeyError if empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in _as_set(self, it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


_register(Set, frozenset)
_register(MutableSet, set)


# -- mappings ----------------------------------------------------------------------------

_ABSENT = object()


class Mapping(Collection):
    """Read-only key/value container; subclasses supply __getitem__, __iter__, __len__."""
    __slots__ = ()
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())  # order-blind
        return NotImplemented


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = _generic

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return (yield from self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield key, source[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


class MutableMapping(Mapping):
    """A Mapping whose subclasses also supply __setitem__ and __delitem__."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_ABSENT):
        """Remove key and return its value (or default; KeyError without one)."""
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for key in (other if isinstance(other, Mapping) else other.keys()):
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """D[key] if present; otherwise store default there and return it."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


_register(Mapping, mappingproxy)
_register(KeysView, dict_keys)
_register(ItemsView, dict_items)
_register(ValuesView, dict_values)
_register(MutableMapping, dict)


# -- sequences ---------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequence; subclasses supply __getitem__ and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        pos = 0
        while True:
            try:
                item = self[pos]
            except IndexError:
                return
            yield item
            pos += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for pos in range(len(self) - 1, -1, -1):
            yield self[pos]

    def index(self, value, start=0, stop=None):
        """First index of value (ValueError if absent), searching [start:stop]."""
        size = len(self)
        if start is not None and start < 0:   # counts from the end
            start = max(0, start + size)
        if stop is not None and stop < 0:     # like slicing
            stop = stop + size
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if item is value or item == value:
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        """Number of occurrences of value."""
        found = 0
        for v in self:
            if v is value or v == value:
                found += 1
        return found


class ByteString(Sequence):
    """bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence whose subclasses also supply __setitem__, __delitem__ and insert()."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse in place."""
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        """Append every item of an iterable."""
        for item in (list(values) if values is self else values):
            self.append(item)

    def pop(self, index=-1):
        """Remove and return the item at index (default last)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first occurrence of value (ValueError if absent)."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


_register(Sequence, tuple, str, range, memoryview)
_register(ByteString, bytes, bytearray)
_register(MutableSequence, list, bytearray)

for _name in __all__:
    globals()[_name].__module__ = 'collections.abc'
del _name
