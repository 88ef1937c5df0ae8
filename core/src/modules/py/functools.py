"""functools: tools for working with functions and callable objects."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from collections import namedtuple
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
from reprlib import recursive_repr

GenericAlias = type(list[int])
_MappingProxy = type(type.__dict__)


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make *wrapper* look like *wrapped* (name, docs, __dict__, __wrapped__)."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Set last so that a __wrapped__ copied from *wrapped*'s __dict__ loses.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def _unwrap_partial(func):
    """The function at the bottom of nested partial objects (used by inspect)."""
    while isinstance(func, partial):
        func = func.func
    return func


# --- total_ordering -------------------------------------------------------
#
# Each missing comparison is derived from the one the class defines:
# (derived, root, negate root result, fix-up with equality)
#   fix-up 'eq' means "... or self == other", 'ne' means "... and self != other".
_DERIVATIONS = {
    '__lt__': [('__gt__', True, 'ne'), ('__le__', False, 'eq'), ('__ge__', True, None)],
    '__le__': [('__ge__', True, 'eq'), ('__lt__', False, 'ne'), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, 'ne'), ('__ge__', False, 'eq'), ('__le__', True, None)],
    '__ge__': [('__le__', True, 'eq'), ('__gt__', False, 'ne'), ('__lt__', True, None)],
}


_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _derive_comparison(root, name, negate, fixup):
    def compare(self, other):
        got = getattr(type(self), root)(self, other)
        if got is NotImplemented:
            return got
        if negate:
            got = not got
        if fixup == 'eq':
            return got or self == other
        if fixup == 'ne':
            return got and self != other
        return got
    compare.__name__ = name
    how = "(%sa %s b)%s" % ("not " if negate else "", _SYMBOL[root],
                             {'eq': ' or (a == b)', 'ne': ' and (a != b)'}.get(fixup, ''))
    compare.__doc__ = "Return a %s b.  Computed by @total_ordering from %s." % (_SYMBOL[name], how)
    compare.__qualname__ = '_%s_from_%s' % (name[2:-2], root[2:-2])
    return compare


def total_ordering(cls):
    """Class decorator: derive the missing rich comparisons from one of
    __lt__, __le__, __gt__, __ge__ (plus __eq__)."""
    defined = [op for op in _DERIVATIONS
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Preference order when several are defined: __lt__, __le__, __gt__, __ge__.
    root = max(defined)
    for name, negate, fixup in _DERIVATIONS[root]:
        if name not in defined:
            setattr(cls, name, _derive_comparison(root, name, negate, fixup))
    return cls


def _check_callable_or_descriptor(obj):
    if not (callable(obj) or hasattr(obj, "__get__")):
        raise TypeError(f"{obj!r} is not callable or a descriptor")


# --- partialmethod --------------------------------------------------------

class partialmethod(object):
    """Like partial(), but for methods: the bound object (or class) is
    passed first, then the frozen arguments."""

    def __init__(self, func, /, *args, **keywords):
        _check_callable_or_descriptor(func)
        if isinstance(func, partialmethod):
            # Flatten nested partialmethods into one.
            inner = func
            func, args = inner.func, inner.args + args
            keywords = dict(inner.keywords, **keywords)
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        kind = type(self)
        shown = [repr(self.func),
                 ", ".join(repr(a) for a in self.args),
                 ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())]
        return f"{kind.__module__}.{kind.__qualname__}({', '.join(shown)})"

    def _make_unbound_method(self):
        spec = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = {**spec.keywords, **keywords}
            return spec.func(cls_or_self, *spec.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # e.g. classmethod/staticmethod: wrap what the descriptor gave.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# --- lru_cache ------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _build_cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    params = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(params)
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator (see cache_info/cache_clear)."""
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: the function came in as maxsize.
        return _build_cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    def decorating_function(user_function):
        return _build_cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Unbounded memoizing decorator (lru_cache(maxsize=None))."""
    return _build_cached(user_function, None, False)


# --- singledispatch -------------------------------------------------------

_UnionType = type(int | str)


def _is_union_type(cls):
    return isinstance(cls, _UnionType)


def _dispatchable(cls):
    if isinstance(cls, type):
        return True
    if not _is_union_type(cls):
        return False
    return all(isinstance(member, type) for member in cls.__args__)


def _first_annotation(func):
    """(name, type) of the first annotation; strings are evaluated in the
    function's globals."""
    for name, hint in func.__annotations__.items():
        if isinstance(hint, str):
            hint = eval(hint, getattr(func, '__globals__', {}))
        return name, hint
    raise TypeError(f"Invalid first argument to `register()`: {func!r}.")


def _dispatch_order(cls, candidates):
    """cls.__mro__ extended with the registered ABCs that cls virtually
    subclasses, each placed after the last real class that is a subclass."""
    real = list(cls.__mro__)
    extra = [c for c in candidates
             if c not in real and isinstance(c, type)
             and not isinstance(c, GenericAlias) and issubclass(cls, c)]
    slots = {}
    for abc_cls in extra:
        last = 0
        for pos, klass in enumerate(real):
            if issubclass(klass, abc_cls):
                last = pos
        slots.setdefault(last, []).append(abc_cls)
    order = []
    for pos, klass in enumerate(real):
        order.append(klass)
        group = slots.get(pos)
        if group:
            # More derived ABCs first.
            group.sort(key=lambda c: -len(c.__mro__))
            order.extend(group)
    return order


def _find_impl(cls, registry):
    real = cls.__mro__
    chosen = None
    for klass in _dispatch_order(cls, registry):
        if klass not in registry:
            continue
        if chosen is None:
            chosen = klass
            continue
        if (klass not in real and chosen not in real
                and not issubclass(chosen, klass)):
            raise RuntimeError(f"Ambiguous dispatch: {chosen} or {klass}")
        break
    return registry.get(chosen)


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {object: func}
    memo = {}
    token = None
    funcname = getattr(func, '__name__', None)
    if funcname is None:
        funcname = 'singledispatch function'

    def dispatch(cls):
        """Return the implementation chosen for *cls*."""
        nonlocal token
        if token is not None:
            now = get_cache_token()
            if now != token:
                memo.clear()
                token = now
        found = memo.get(cls)
        if found is None:
            found = registry.get(cls)
            if found is None:
                found = _find_impl(cls, registry)
            memo[cls] = found
        return found

    def register(cls, func=None):
        """Register *func* as the implementation for *cls*."""
        nonlocal token
        if _dispatchable(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(f"Invalid first argument to `register()`. "
                            f"{cls!r} is not a class or union type.")
        else:
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                "Use either `@register(some_class)` or plain "
                                "`@register` on an annotated function.")
            func = cls
            argname, cls = _first_annotation(func)
            if not _dispatchable(cls):
                why = ("not all arguments are classes" if _is_union_type(cls)
                       else "is not a class")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {why}.")
        targets = cls.__args__ if _is_union_type(cls) else (cls,)
        for target in targets:
            registry[target] = func
        if token is None and hasattr(cls, '__abstractmethods__'):
            token = get_cache_token()
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        impl = dispatch(args[0].__class__)
        return impl(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        _check_callable_or_descriptor(func)
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register *method* as the implementation for *cls*."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = pick(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        extras = {'__isabstractmethod__': self.__isabstractmethod__,
                  'register': self.register}
        for name, value in extras.items():
            setattr(_method, name, value)
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cached_property ------------------------------------------------------

_ABSENT = object()


class cached_property:
    """A property computed once per instance and then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
        elif known != name:
            raise TypeError("Cannot assign the same cached_property to two "
                            f"different names ({known!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without "
                            "calling __set_name__ on it.")
        kind = type(instance).__name__
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance "
                            f"to cache {name!r} property.") from None
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {kind!r} instance does "
                                "not support item assignment for caching "
                                f"{name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
