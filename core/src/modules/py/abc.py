"""Abstract Base Classes (PEP 3119)."""


def abstractmethod(funcobj):
    """Mark a method abstract: a class that still has abstract methods cannot be
    instantiated (with ABCMeta as its metaclass)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_wrapper(base, doc):
    # The deprecated abstractclassmethod / abstractstaticmethod: base, marked abstract.
    def __init__(self, callable):
        abstractmethod(callable)
        base.__init__(self, callable)
    return {'__doc__': doc, '__isabstractmethod__': True, '__init__': __init__}


abstractclassmethod = type('abstractclassmethod', (classmethod,), _abstract_wrapper(
    classmethod, "Deprecated: use 'classmethod' with 'abstractmethod' instead."))
abstractstaticmethod = type('abstractstaticmethod', (staticmethod,), _abstract_wrapper(
    staticmethod, "Deprecated: use 'staticmethod' with 'abstractmethod' instead."))


class abstractproperty(property):
    """Deprecated: use 'property' with 'abstractmethod' instead."""
    __isabstractmethod__ = True


# Goes up by one at every register(); a negative cache made before that is stale.
_token = [0]


def get_cache_token():
    """A value that changes whenever some ABC gains a virtual subclass."""
    return _token[0]


class _abc_data:
    """What an ABC remembers: registered classes and answers already worked out."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _token[0]


def _is_abstract(obj):
    return getattr(obj, '__isabstractmethod__', False)


def _abstract_names(cls, own, bases):
    """Names still abstract in cls: its own marked attributes, plus inherited
    abstract names it did not override with something concrete."""
    names = {name for name, value in own.items() if _is_abstract(value)}
    for base in bases:
        names.update(name for name in getattr(base, '__abstractmethods__', ())
                     if _is_abstract(getattr(cls, name, None)))
    return frozenset(names)


def _remember(impl, subclass, answer):
    (impl.cache if answer else impl.negative_cache).add(subclass)
    return answer


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        made = type.__new__(mcls, name, bases, namespace, **kwargs)
        made.__abstractmethods__ = _abstract_names(made, namespace, bases)
        made._abc_impl = _abc_data()
        return made

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it (so it can decorate)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass         # nothing to do
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        impl = cls._abc_impl
        claimed = instance.__class__
        if claimed in impl.cache:
            return True
        actual = type(instance)
        if actual is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if claimed in impl.negative_cache and impl.negative_version == _token[0]:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version != _token[0]:
            impl.negative_cache = set()
            impl.negative_version = _token[0]
        elif subclass in impl.negative_cache:
            return False
        # 1. the ABC's own hook decides, when it has an opinion
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if verdict is not True and verdict is not False:
                raise AssertionError(
                    "__subclasshook__ must return either False, True, or NotImplemented")
            return _remember(impl, subclass, verdict)
        # 2. real inheritance, 3. registration (also of a base), 4. via a subclass of the ABC
        if cls in getattr(subclass, '__mro__', ()):
            return _remember(impl, subclass, True)
        for candidate in (*impl.registry, *cls.__subclasses__()):
            if issubclass(subclass, candidate):
                return _remember(impl, subclass, True)
        return _remember(impl, subclass, False)

    def _dump_registry(cls, file=None):
        """Print the registry and caches of this ABC (a debugging aid)."""
        impl = cls._abc_impl
        lines = ['Class: %s.%s' % (cls.__module__, cls.__qualname__),
                 'Inv. counter: %s' % get_cache_token()]
        for label, value in (('_abc_registry', impl.registry), ('_abc_cache', impl.cache),
                             ('_abc_negative_cache', impl.negative_cache),
                             ('_abc_negative_cache_version', impl.negative_version)):
            lines.append('%s: %r' % (label, value))
        print('\n'.join(lines), file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        impl = cls._abc_impl
        impl.cache.clear()
        impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after the class was changed (for class
    decorators that add or replace methods); returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
