"""Names for built-in types that are not directly available as builtins."""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'DynamicClassAttribute', 'coroutine',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType']


# -- sample objects whose types we name ------------------------------------

def _plain():
    pass


def _make_cell():
    captured = None

    def inner():
        return captured
    return inner.__closure__[0]


def _generator():
    yield None


async def _coroutine():
    pass


async def _async_generator():
    yield None


class _Holder:
    def method(self):
        pass


def _current_traceback():
    try:
        raise LookupError
    except LookupError as err:
        return err.__traceback__


FunctionType = type(_plain)
LambdaType = type(lambda: None)
CodeType = type(_plain.__code__)
MappingProxyType = type(type.__dict__)


class SimpleNamespace:
    """A simple attribute-based namespace."""

    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        kind = type(self)
        label = 'namespace' if kind is SimpleNamespace else kind.__qualname__
        key = id(self)
        if key in _repr_active:
            return label + '(...)'
        _repr_active.add(key)
        try:
            shown = ', '.join(f'{name}={value!r}' for name, value in self.__dict__.items())
        finally:
            _repr_active.discard(key)
        return f'{label}({shown})'

    def __eq__(self, other):
        # The real type decides (a fake __class__ does not count).
        if not issubclass(type(other), SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    # Ordering compares the two __dict__s (so the error names 'dict').
    def __lt__(self, other):
        if not issubclass(type(other), SimpleNamespace):
            return NotImplemented
        return self.__dict__ < other.__dict__

    def __le__(self, other):
        if not issubclass(type(other), SimpleNamespace):
            return NotImplemented
        return self.__dict__ <= other.__dict__

    def __gt__(self, other):
        if not issubclass(type(other), SimpleNamespace):
            return NotImplemented
        return self.__dict__ > other.__dict__

    def __ge__(self, other):
        if not issubclass(type(other), SimpleNamespace):
            return NotImplemented
        return self.__dict__ >= other.__dict__

    def __reduce__(self):
        return type(self), (), self.__dict__


_repr_active = set()

CellType = type(_make_cell())
GeneratorType = type(_generator())
_pending = _coroutine()
CoroutineType = type(_pending)
_pending.close()
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Holder().method)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(_sys)
TracebackType = type(_current_traceback())
FrameType = type(_sys._getframe())

GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ('slot',)


# CPython's function.__globals__ is a member descriptor; here a slot is the sure one.
MemberDescriptorType = type(_Slotted.slot)
del _Slotted

del _plain, _make_cell, _generator, _coroutine, _async_generator, _Holder
del _current_traceback, _pending


# -- dynamic class creation ----------------------------------------------

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Build a class as a class statement would (metaclass, __prepare__, body)."""
    final_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, final_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if final_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, final_bases, namespace, **kwds)


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns (PEP 560)."""
    result = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if hook is None:
            result.append(base)
            continue
        replacement = hook(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(replacement)
    return tuple(result) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a new class."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def _calculate_meta(meta, bases):
    """The most derived of *meta* and the metaclasses of *bases*."""
    best = meta
    for base in bases:
        other = type(base)
        if issubclass(best, other):
            continue
        if not issubclass(other, best):
            raise TypeError("metaclass conflict: the metaclass of a derived "
                            "class must be a (non-strict) subclass of the "
                            "metaclasses of all its bases")
        best = other
    return best


class DynamicClassAttribute:
    """Attribute that behaves differently on instances and on the class
    (on the class it is looked up via __getattr__)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = fget.__doc__ if self.overwrite_doc or not doc else doc
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = bool(abstract)

    def __get__(self, obj, owner=None):
        if obj is None:
            if not self.__isabstractmethod__:
                raise AttributeError()
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(obj)

    def __set__(self, obj, value):
        setter = self.fset
        if setter is None:
            raise AttributeError("can't set attribute")
        setter(obj, value)

    def __delete__(self, obj):
        remover = self.fdel
        if remover is None:
            raise AttributeError("can't delete attribute")
        remover(obj)

    def _copy_with(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        new_doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy_with(fget, self.fset, self.fdel, new_doc or self.__doc__)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel, self.__doc__)


# -- types.coroutine -------------------------------------------------------

_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100
_CO_ANY_COROUTINE = 0x180


class _GeneratorWrapper:
    """Makes a generator-like object awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        for attr in ('__name__', '__qualname__'):
            setattr(self, attr, getattr(gen, attr, None))

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, *more):
        return self.__wrapped.throw(typ, *more)

    def close(self):
        return self.__wrapped.close()

    gi_code = cr_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = cr_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = cr_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self.__wrapped.gi_yieldfrom)

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped if self.__isgen else self

    __await__ = __iter__


def _is_awaitable_generator(obj):
    kind = type(obj)
    if kind is CoroutineType:
        return True
    return kind is GeneratorType and bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)


def coroutine(func):
    """Decorator making a generator function usable with await."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(code) is CodeType:
        if code.co_flags & _CO_ANY_COROUTINE:
            return func
        if code.co_flags & _CO_GENERATOR:
            # (CPython sets the flag on func's own code; a function's code cannot be
            # replaced here, so an equal function is made around the flagged code)
            new = FunctionType(code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE),
                               func.__globals__, func.__name__, func.__defaults__,
                               func.__closure__)
            new.__kwdefaults__ = func.__kwdefaults__
            new.__qualname__ = func.__qualname__
            new.__doc__ = func.__doc__
            new.__module__ = func.__module__
            new.__annotations__ = func.__annotations__
            new.__dict__.update(func.__dict__)
            return new
    # Otherwise wrap the function: results that are generators (or
    # generator-like but not coroutines) are made awaitable.
    import functools
    import _collections_abc as abcs

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if _is_awaitable_generator(result):
            return result
        generator_like = (isinstance(result, abcs.Generator)
                          and not isinstance(result, abcs.Coroutine))
        if type(result) is GeneratorType or generator_like:
            return _GeneratorWrapper(result)
        return result
    return wrapped


GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
