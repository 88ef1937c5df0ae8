"""Support for type hints (PEP 484 and later): generics, special forms, helpers."""

from abc import abstractmethod, ABCMeta
import collections
import collections.abc
import contextlib
import functools
import operator
import sys
import types
from types import WrapperDescriptorType, MethodWrapperType, MethodDescriptorType, GenericAlias

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never',
    'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'Unpack',
]

_NoneType = type(None)


# == small helpers ==========================================================

def _type_repr(obj):
    """How a type appears inside the repr of a typing construct."""
    if obj is ...:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        home = obj.__module__
        return obj.__qualname__ if home == 'builtins' else f'{home}.{obj.__qualname__}'
    if type(obj) is types.FunctionType:
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None means NoneType and strings are forward references."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Validate a type argument; *msg* prefixes the error for a tuple."""
    banned = [Generic, Protocol]
    if not allow_special_forms:
        banned.append(ClassVar)
        if is_argument:
            banned.append(Final)
    value = _type_convert(arg, module, allow_special_forms=allow_special_forms)
    if isinstance(value, _GenericAlias) and value.__origin__ in banned:
        raise TypeError(f"{value} is not valid as type argument")
    if value in _BARE_OK or (allow_special_forms and value in (ClassVar, Final)):
        return value
    if isinstance(value, _SpecialForm) or value in (Generic, Protocol):
        raise TypeError(f"Plain {value} is not valid as type argument")
    if type(value) is tuple:
        raise TypeError(f"{msg} Got {value!r:.100}.")
    return value


def _as_tuple(value):
    return value if isinstance(value, tuple) else (value,)


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _collect_parameters(args):
    """Type variables occurring in *args*, in first-seen order."""
    found = []

    def add(var):
        if var not in found:
            found.append(var)

    for arg in args:
        if isinstance(arg, type):
            continue
        if isinstance(arg, tuple):
            for inner in _collect_parameters(arg):
                add(inner)
        elif hasattr(arg, '__typing_subst__'):
            add(arg)
        else:
            for var in getattr(arg, '__parameters__', ()):
                add(var)
    return tuple(found)


def _check_arity(cls, parameters, expected):
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    _count_matches(cls, len(parameters), expected)


def _count_matches(what, got, expected):
    if got != expected:
        amount = "many" if got > expected else "few"
        raise TypeError(f"Too {amount} arguments for {what}; actual {got}, expected {expected}")


def _unique(items):
    """Drop repeated items, keeping first occurrences (hash-based, so an
    unhashable item raises TypeError)."""
    items = list(items)
    pending = set(items)
    if len(pending) == len(items):
        return items
    kept = []
    for item in items:
        if item in pending:
            kept.append(item)
            pending.discard(item)
    return kept


def _flatten(items, nested):
    """Splice in the arguments of items that are instances of *nested*."""
    out = []
    for item in items:
        out.extend(item.__args__ if isinstance(item, nested) else (item,))
    return out


def _union_members(parameters):
    """Flatten nested unions and drop duplicates (keeping first occurrences)."""
    return tuple(_unique(_flatten(parameters, (_UnionGenericAlias, types.UnionType))))


def _literal_members(parameters):
    return tuple(_flatten(parameters, _LiteralGenericAlias))


def _with_types(values):
    # Literal[1] and Literal[True] differ although 1 == True.
    return [(v, type(v)) for v in values]


_cleanups = []


def _tp_cache(func=None, /, *, typed=False):
    """Memoise a typing constructor; unhashable arguments bypass the cache."""

    def decorate(fn):
        cached = functools.lru_cache(typed=typed)(fn)
        _cleanups.append(cached.cache_clear)

        @functools.wraps(fn)
        def lookup(*args, **kwds):
            try:
                return cached(*args, **kwds)
            except TypeError:
                pass
            return fn(*args, **kwds)
        return lookup

    return decorate if func is None else decorate(func)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Resolve forward references inside *t*, recursively."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    if isinstance(t, GenericAlias):
        # list['X'] holds a plain string: treat it as a forward reference.
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        star = getattr(t, '__unpacked__', False)
        if t.__origin__ is collections.abc.Callable and _plain_callable_args(args):
            t = t.__origin__[(args[:-1], args[-1])]
        else:
            t = t.__origin__[args]
        if star:
            t = Unpack[t]
    resolved = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
    if resolved == t.__args__:
        return t
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, resolved)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, resolved)
    return t.copy_with(resolved)


def _calling_module(depth=1, default='__main__'):
    """__name__ of the module *depth* frames above the caller."""
    try:
        frame = sys._getframe(depth + 1)
    except (AttributeError, ValueError):
        return None
    return frame.f_globals.get('__name__', default)


def _is_dunder(attr):
    return attr[:2] == '__' == attr[-2:]


# == base classes of the typing machinery ====================================

class _Final:
    """Classes deriving from this cannot be subclassed outside typing."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        # Only typing itself passes _root=True.
        if not kwds.get('_root'):
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    """Copies are the object itself."""

    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _NotIterable:
    """Prevents iteration (which would otherwise try __getitem__)."""

    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    # No __slots__: this interpreter rejects '__doc__' as a slot name.

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item not in ('__name__', '__qualname__'):
            raise AttributeError(item)
        return self._name

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def _refuse(self, template):
        raise TypeError(template.format(self))

    def __mro_entries__(self, bases):
        self._refuse("Cannot subclass {!r}")

    def __call__(self, *args, **kwds):
        self._refuse("Cannot instantiate {!r}")

    def __instancecheck__(self, obj):
        self._refuse("{} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        self._refuse("{} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    @_tp_cache
    def __getitem__(self, parameters):
        build = self._getitem
        return build(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    # Literal's builder takes the values as separate arguments.
    def __getitem__(self, parameters):
        build = self._getitem
        return build(self, *_as_tuple(parameters))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is not Any:
            return type.__instancecheck__(self, obj)
        raise TypeError("typing.Any cannot be used with isinstance()")

    def __repr__(self):
        return "typing.Any" if self is Any else type.__repr__(self)


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        # Subclasses of Any are ordinary classes.
        return super().__new__(cls, *args, **kwargs)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _bare_form(name, doc):
    def getitem(self, parameters):
        return _not_subscriptable(self, parameters)
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


NoReturn = _bare_form('NoReturn', "Marks a function that never returns.")
Never = _bare_form('Never', "The bottom type, which has no members.")
Self = _bare_form('Self', "The type of the enclosing class instance.")
LiteralString = _bare_form('LiteralString', "Any literal string (or one built from literals).")
TypeAlias = _bare_form('TypeAlias', "Marks an explicit type alias.")
# Special forms that are valid types on their own.
_BARE_OK = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


def _single_wrapper(name, doc, message):
    """A special form taking exactly one type: ClassVar[T], Final[T] ..."""
    def getitem(self, parameters):
        text = message.format(self=self, name=self._name)
        return _GenericAlias(self, (_type_check(parameters, text),))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


ClassVar = _single_wrapper('ClassVar', "Marks a class variable.",
                           '{self} accepts only single type.')
Final = _single_wrapper('Final', "A name that cannot be re-assigned or overridden.",
                        '{self} accepts only single type.')
TypeGuard = _single_wrapper('TypeGuard', "Return type of a user-defined type guard.",
                            '{self} accepts only single type.')
Required = _single_wrapper('Required', "A required key of a TypedDict.",
                           '{name} accepts only a single type.')
NotRequired = _single_wrapper('NotRequired', "A key of a TypedDict that may be missing.",
                              '{name} accepts only a single type.')


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    msg = "Union[arg, ...]: each arg must be a type."
    members = _union_members([_type_check(p, msg) for p in _as_tuple(parameters)])
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(self, members, name="Optional")
    return _UnionGenericAlias(self, members)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    return Union[_type_check(parameters, f"{self} requires a single type."), _NoneType]


@_LiteralSpecialForm
@_tp_cache(typed=True)
def Literal(self, *parameters):
    """Literal[v1, v2, ...]: one of the given values."""
    values = _literal_members(parameters)
    try:
        values = tuple(v for v, _ in _unique(_with_types(values)))
    except TypeError:
        # Unhashable values: keep them all.
        pass
    return _LiteralGenericAlias(self, values)


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, Y, P]: a parameter list starting with X, Y then P."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    *head, last = _as_tuple(parameters)
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec "
                        "variable or ellipsis.")
    head = [_type_check(p, "Concatenate[arg, ...]: each arg must be a type.") for p in head]
    return _ConcatenateGenericAlias(self, (*head, last), _paramspec_tvars=True)


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts]: the types in a TypeVarTuple (same as *Ts)."""
    single = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(self, (single,))


# == forward references =======================================================

class ForwardRef(_Final, _root=True):
    """A type given as a string, evaluated later (see get_type_hints)."""

    __slots__ = ('__forward_arg__', '__forward_code__',
                 '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # "*Ts" is only an expression inside a tuple display.
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        state = (arg, code, False, None, is_argument, is_class, module)
        for slot, value in zip(ForwardRef.__slots__, state):
            setattr(self, slot, value)

    def _evaluate(self, globalns, localns, recursive_guard):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        home = self.__forward_module__
        if home is not None:
            globalns = getattr(sys.modules.get(home), '__dict__', globalns)
        raw = eval(self.__forward_code__, globalns, localns)
        value = _type_check(raw, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        value = _eval_type(value, globalns, localns, recursive_guard | {name})
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        where = ''
        if self.__forward_module__ is not None:
            where = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{where})'


# == type variables ============================================================

class _BoundVarianceMixin:
    """Shared by TypeVar and ParamSpec: variance flags, repr, unions."""

    def _set_variance(self, covariant, contravariant):
        co, contra = bool(covariant), bool(contravariant)
        if co and contra:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__, self.__contravariant__ = co, contra

    def _set_bound(self, bound):
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def _set_module(self):
        home = _calling_module(2)
        if home != 'typing':
            self.__module__ = home

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            mark = '+'
        elif self.__contravariant__:
            mark = '-'
        else:
            mark = '~'
        return mark + self.__name__


class _PickleUsingNameMixin:
    """Pickled by name: the module attribute of that name."""

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin,
              _root=True):
    """Type variable: T = TypeVar('T'), optionally constrained or bounded."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        if constraints:
            if bound is not None:
                raise TypeError("Constraints cannot be combined with bound=...")
            if len(constraints) < 2:
                raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _type_check(c, "TypeVar(name, constraint, ...): constraints must be types.")
            for c in constraints)
        self._set_bound(bound)
        self._set_module()

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        unpacked = ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
                    or (isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False)))
        if unpacked:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _Immutable, _PickleUsingNameMixin, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        home = _calling_module()
        if home != 'typing':
            self.__module__ = home

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        here = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[here + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        total = len(args)
        before, after = here, len(params) - here - 1
        # An argument *tuple[X, ...] can stand for any number of X's: the
        # type variables around us that it covers become X.
        star = fill = None
        for pos, arg in enumerate(args):
            if isinstance(arg, type):
                continue
            inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
            if inner and len(inner) == 2 and inner[-1] is ...:
                if star is not None:
                    raise TypeError("More than one unpacked arbitrary-length tuple argument")
                star, fill = pos, inner[0]
        if star is None:
            if before + after > total:
                raise TypeError(f"Too few arguments for {alias}; actual {total}, "
                                f"expected at least {len(params) - 1}")
            lead, trail = before, after
        else:
            lead, trail = min(before, star), min(after, total - star - 1)
        return (*args[:lead], *[fill] * (before - lead),
                tuple(args[lead:total - trail]),
                *[fill] * (after - trail), *args[total - trail:])


class _ParamSpecComponent(_Final, _Immutable, _root=True):
    """P.args / P.kwargs: remembers the ParamSpec it came from."""

    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + self._suffix

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecArgs(_ParamSpecComponent, _root=True):
    """The type of P.args."""

    _suffix = '.args'


class ParamSpecKwargs(_ParamSpecComponent, _root=True):
    """The type of P.kwargs."""

    _suffix = '.kwargs'


class ParamSpec(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin,
                _root=True):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        self._set_bound(bound)
        self._set_module()

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple([_type_check(a, "Expected a type.") for a in arg])
        if _is_param_expr(arg):
            return arg
        raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                        f"or Concatenate. Got {arg}")

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        here = params.index(self)
        if here >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        # X[int, str] for a single ParamSpec means X[[int, str]].
        if len(params) == 1 and not _is_param_expr(args[0]):
            assert here == 0
            return (args,)
        if isinstance(args[here], list):
            args = (*args[:here], tuple(args[here]), *args[here + 1:])
        return args


# == generic aliases ===========================================================

class _BaseGenericAlias(_Final, _root=True):
    """Common part of List, List[int], Union[...] ... (attributes are
    forwarded to the origin class)."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._name = name
        self._inst = inst
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {origin.__name__}() instead")
        instance = origin(*args, **kwargs)
        try:
            instance.__orig_class__ = self
        except AttributeError:
            # e.g. instances without a __dict__
            pass
        return instance

    def __mro_entries__(self, bases):
        origin = self.__origin__
        entries = () if origin in bases else (origin,)
        rest = bases[bases.index(self) + 1:]
        for other in rest:
            if isinstance(other, _BaseGenericAlias) or issubclass(other, Generic):
                return entries
        # Nothing later provides Generic: add it so __class_getitem__ works.
        return entries + (Generic,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        # Non-dunder lookups go to the origin (e.g. List.append).
        if not _is_dunder(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    _OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_paramspec_tvars'})

    def __setattr__(self, attr, val):
        if attr in _BaseGenericAlias._OWN_ATTRS or _is_dunder(attr):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        own = set(super().__dir__())
        return sorted(own | {a for a in dir(self.__origin__) if not _is_dunder(a)})


def _substitute(alias, args, mapping):
    """Replace the type variables in *args* according to *mapping*."""
    out = []
    callable_origin = getattr(alias, '__origin__', None) == collections.abc.Callable
    for old in args:
        if isinstance(old, type):
            out.append(old)
            continue
        subst = getattr(old, '__typing_subst__', None)
        if subst is not None:
            new = subst(mapping[old])
        else:
            inner_params = getattr(old, '__parameters__', ())
            if not inner_params:
                new = old
            else:
                inner_args = []
                for var in inner_params:
                    if isinstance(var, TypeVarTuple):
                        inner_args.extend(mapping[var])
                    else:
                        inner_args.append(mapping[var])
                new = old[tuple(inner_args)]
        if callable_origin and isinstance(new, tuple):
            out.extend(new)
        elif _is_unpacked_typevartuple(old):
            out.extend(new)
        elif isinstance(old, tuple):
            out.append(tuple(_substitute(alias, old, mapping)))
        else:
            out.append(new)
    return out


def _ga_subscript(alias, args):
    """alias[args] for a types.GenericAlias or types.UnionType with type variables."""
    variables = alias.__parameters__
    args = _as_tuple(args)
    for var in variables:
        hook = getattr(var, '__typing_prepare_subst__', None)
        if hook is not None:
            args = hook(alias, args)
    _count_matches(alias, len(args), len(variables))
    new = _substitute(alias, alias.__args__, dict(zip(variables, args)))
    if isinstance(alias, types.UnionType):
        return functools.reduce(operator.or_, new)
    return GenericAlias(alias.__origin__, tuple(new))


def _unpack_args(args):
    flat = []
    for arg in args:
        inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if inner is not None and not (inner and inner[-1] is ...):
            flat.extend(inner)
        else:
            flat.append(arg)
    return flat


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], MyGeneric[T], ClassVar[int] ..."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = tuple([... if a is _TypingEllipsis else a for a in args])
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            # User generics: the alias reports the class's module.
            self.__module__ = origin.__module__

    def _key(self):
        return self.__origin__, self.__args__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        values = _unpack_args([_type_convert(a) for a in _as_tuple(args)])
        return self.copy_with(self._substituted_args(tuple(values)))

    def _substituted_args(self, args):
        variables = self.__parameters__
        for var in variables:
            hook = getattr(var, '__typing_prepare_subst__', None)
            if hook is not None:
                args = hook(self, args)
        _count_matches(self, len(args), len(variables))
        mapping = dict(zip(variables, args))
        return tuple(_substitute(self, self.__args__, mapping))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        shown = [_type_repr(a) for a in self.__args__]
        return head + '[' + (', '.join(shown) if shown else '()') + ']'

    def __reduce__(self):
        target = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return operator.getitem, (target, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if origin is Generic:
            # Generic[T] contributes nothing when a Protocol or another
            # parameterised base later in the list provides Generic.
            if Protocol in bases:
                return ()
            for other in bases[bases.index(self) + 1:]:
                if isinstance(other, _BaseGenericAlias) and other is not self:
                    return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a class: typing.List, typing.Sized ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    @_tp_cache
    def __getitem__(self, params):
        msg = "Parameters to generic types must be types."
        checked = tuple([_type_check(p, msg) for p in _as_tuple(params)])
        _check_arity(self, checked, self._nparams)
        return self.copy_with(checked)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return f'typing.{self._name}'

    def __subclasscheck__(self, cls):
        if isinstance(cls, _GenericAlias):
            return _BaseGenericAlias.__subclasscheck__(self, cls)
        if isinstance(cls, _SpecialGenericAlias):
            cls = cls.__origin__
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TypingEllipsis:
    """Internal placeholder for ... in Callable/Tuple arguments."""


def _plain_callable_args(args):
    """True when Callable args are (arg types..., result), not (P, result)."""
    return not (len(args) == 2 and _is_param_expr(args[0]))


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if not _plain_callable_args(args):
            return _GenericAlias.__repr__(self)
        *params, result = [_type_repr(a) for a in args]
        return 'typing.Callable[[' + ', '.join(params) + '], ' + result + ']'

    def __reduce__(self):
        args = self.__args__
        if _plain_callable_args(args):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)

    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # Lists are unhashable (bad for the cache): use a tuple.
        return self._subscript(tuple(args) if isinstance(args, list) else args, result)

    @_tp_cache
    def _subscript(self, args, result):
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            head = (_TypingEllipsis,)
        else:
            head = tuple([_type_convert(a) for a in _as_tuple(args)])
        return self.copy_with(head + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        params = _as_tuple(params)
        variadic = len(params) > 1 and params[-1] is ...
        if variadic:
            msg, params = "Tuple[t, ...]: t must be a type.", params[:-1]
        else:
            msg = "Tuple[t0, t1, ...]: each t must be a type."
        checked = [_type_check(p, msg) for p in params]
        if variadic:
            checked.append(_TypingEllipsis)
        return self.copy_with(tuple(checked))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    # Order does not matter: Union[int, str] == Union[str, int].
    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return frozenset(self.__args__) == frozenset(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and _NoneType in members:
            kept = [m for m in members if m is not _NoneType] or [_NoneType]
            return 'typing.Optional[' + _type_repr(kept[0]) + ']'
        return _GenericAlias.__repr__(self)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for member in self.__args__:
            if issubclass(cls, member):
                return True
        return False

    def __reduce__(self):
        getter, (_, args) = _GenericAlias.__reduce__(self)
        return getter, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def _members(self):
        return frozenset(_with_types(self.__args__))

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return self._members() == other._members()
        return NotImplemented

    def __hash__(self):
        return hash(self._members())


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        inner, = self.__args__
        return f'*{inner!r}'

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return _GenericAlias.__getitem__(self, args)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner, = self.__args__
        if isinstance(inner, _GenericAlias) and inner.__origin__ is tuple:
            return inner.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        inner, = self.__args__
        return isinstance(inner, TypeVarTuple)


# == Generic and Protocol =======================================================

class Generic:
    """Base class for generic classes: class C(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        params = tuple([_type_convert(p) for p in _as_tuple(params)])
        if cls is Generic or cls is Protocol:
            # Generic[T, ...] / Protocol[T, ...] declare the variables.
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if any(not _is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(frozenset(params)) < len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            own = cls.__parameters__
            for var in own:
                prepare = getattr(var, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_arity(cls, params, len(own))
            expanded = []
            for var, value in zip(own, params):
                if isinstance(var, TypeVarTuple):
                    expanded.extend(value)
                else:
                    expanded.append(value)
            params = tuple(expanded)
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super(Generic, cls).__init_subclass__(*args, **kwargs)
        declared = cls.__dict__.get('__orig_bases__')
        if declared is not None:
            plain = Generic in declared
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        variables = []
        if declared is not None:
            variables = _collect_parameters(declared)
            listed = None
            for base in declared:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if listed is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    listed = base.__parameters__
            if listed is not None:
                missing = [v for v in variables if v not in set(listed)]
                if missing:
                    shown = ', '.join(str(v) for v in missing)
                    allowed = ', '.join(str(v) for v in listed)
                    raise TypeError(f"Some type variables ({shown}) are "
                                    f"not listed in Generic[{allowed}]")
                variables = listed
        cls.__parameters__ = tuple(variables)


# Attributes that never count as protocol members.
EXCLUDED_ATTRIBUTES = [
    '__final__',
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__abstractmethods__', '__annotations__', '__dict__',
    '__doc__', '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '_MutableMapping__marker']


def _get_protocol_attrs(cls):
    """Names a protocol requires (methods and annotated attributes)."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ == 'Protocol' or base.__name__ == 'Generic':
            continue
        declared = list(base.__dict__) + list(getattr(base, '__annotations__', {}))
        names.update(n for n in declared
                     if not n.startswith('_abc_') and n not in EXCLUDED_ATTRIBUTES)
    return names


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _get_protocol_attrs(cls))


def _protocol_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _protocol_init:
        return
    # A concrete subclass of a protocol: install the first real __init__.
    real = object.__init__
    for base in cls.__mro__:
        candidate = base.__dict__.get('__init__')
        if candidate is not None and candidate is not _protocol_init:
            real = candidate
            break
    cls.__init__ = real
    real(self, *args, **kwargs)


def _internal_probe(depth=3):
    """isinstance() from abc/functools internals may probe any protocol."""
    try:
        return sys._getframe(depth).f_globals['__name__'] in ['abc', 'functools']
    except (AttributeError, ValueError, KeyError, TypeError):
        return True


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}

_UNCHECKABLE = "Instance and class checks can only be used with @runtime_checkable protocols"


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        is_proto = getattr(cls, '_is_protocol', False)
        if (is_proto and not getattr(cls, '_is_runtime_protocol', False)
                and not _internal_probe(depth=2)):
            raise TypeError(_UNCHECKABLE)
        if ((not is_proto or _only_methods(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            def has(name):
                if not hasattr(instance, name):
                    return False
                return not callable(getattr(cls, name, None)) or getattr(instance, name) is not None
            if all(has(name) for name in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _protocol_subclass_hook(cls):
    def hook(other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            if _internal_probe():
                return NotImplemented
            raise TypeError(_UNCHECKABLE)
        if not _only_methods(cls):
            if _internal_probe():
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for name in _get_protocol_attrs(cls):
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return NotImplemented
                    break
                notes = getattr(base, '__annotations__', {})
                if (isinstance(notes, collections.abc.Mapping) and name in notes
                        and issubclass(other, Generic) and other._is_protocol):
                    break
            else:
                return NotImplemented
        return True
    return hook


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super(Protocol, cls).__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if not own.get('_is_protocol', False):
            # Only classes listing Protocol directly are protocols.
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = _protocol_subclass_hook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            allowed = (base in (object, Generic)
                       or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ())
                       or (issubclass(base, Generic) and base._is_protocol))
            if not allowed:
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Allow isinstance()/issubclass() with a protocol class."""
    if issubclass(cls, Generic) and cls._is_protocol:
        cls._is_runtime_protocol = True
        return cls
    raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                    f'got {cls!r}')


# == Annotated ==================================================================

class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with extra metadata."""

    def __init__(self, origin, metadata):
        # Nested Annotated flattens into one.
        while isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        _GenericAlias.__init__(self, origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def _key(self):
        return self.__origin__, self.__metadata__

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return _GenericAlias.__getattr__(self, attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: type T carrying context-specific metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        # Cached per argument *and* type: equal metadata of different
        # classes must not share an alias.
        return cls._cached_getitem(*_as_tuple(params))

    @staticmethod
    @_tp_cache(typed=True)
    def _cached_getitem(*params):
        if len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        first, *extras = params
        if _is_unpacked_typevartuple(first):
            raise TypeError("Annotated[...] should not be used with an unpacked "
                            "TypeVarTuple")
        base = _type_check(first, "Annotated[t, ...]: t must be a type.",
                           allow_special_forms=True)
        return _AnnotatedAlias(base, tuple(extras))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


# == runtime helpers ===============================================================

def cast(typ, val):
    """Tell a type checker that *val* has type *typ*; returns *val* unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm *val* has type *typ*; returns *val*."""
    return val


# Objects without __annotations__ that still have (empty) type hints.
_allowed_types = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                  types.ModuleType, WrapperDescriptorType, MethodWrapperType,
                  MethodDescriptorType)


def _hints_of_class(obj, globalns, localns):
    hints = {}
    for base in obj.__mro__[::-1]:
        if globalns is None:
            scope_g = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
        else:
            scope_g = globalns
        scope_l = dict(vars(base)) if localns is None else localns
        if globalns is None and localns is None:
            # Historical lookup order: module names before class names.
            scope_g, scope_l = scope_l, scope_g
        notes = base.__dict__.get('__annotations__', {})
        if isinstance(notes, types.GetSetDescriptorType):
            notes = {}
        for name, value in notes.items():
            if value is None:
                value = _NoneType
            elif isinstance(value, str):
                value = ForwardRef(value, False, is_class=True)
            hints[name] = _eval_type(value, scope_g, scope_l)
    return hints


def _hints_of_other(obj, globalns, localns):
    is_module = isinstance(obj, types.ModuleType)
    if globalns is None:
        if is_module:
            globalns = obj.__dict__
        else:
            # A decorated function: use the innermost function's globals.
            target = obj
            while hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            globalns = getattr(target, '__globals__', {})
    if localns is None:
        localns = globalns
    notes = getattr(obj, '__annotations__', None)
    if notes is None:
        if isinstance(obj, _allowed_types):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = {}
    for name, value in dict(notes).items():
        if value is None:
            value = _NoneType
        elif isinstance(value, str):
            value = ForwardRef(value, not is_module, is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Annotations of a module, class, method or function, with forward
    references evaluated (Annotated stripped unless include_extras)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _hints_of_class(obj, globalns, localns)
    else:
        hints = _hints_of_other(obj, globalns, localns)
    if not include_extras:
        hints = {name: _strip_annotations(t) for name, t in hints.items()}
    return hints


def _strip_annotations(t):
    """Remove Annotated[] wrappers (and Required/NotRequired) everywhere in t."""
    while True:
        if isinstance(t, _AnnotatedAlias):
            t = t.__origin__
        elif getattr(t, '__origin__', None) in (Required, NotRequired):
            t = t.__args__[0]
        else:
            break
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    inner = tuple([_strip_annotations(a) for a in t.__args__])
    if inner == t.__args__:
        return t
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, inner)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, inner)
    return t.copy_with(inner)


def get_origin(tp):
    """The unsubscripted form of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if tp is Generic:
        return tp
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, GenericAlias)):
        return ()
    args = tp.__args__
    if tp.__origin__ is collections.abc.Callable and _plain_callable_args(args):
        # Callable[[int, str], bool] -> ([int, str], bool)
        return (list(args[:-1]), args[-1])
    return args


def is_typeddict(tp):
    """True for classes created by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Mark code a type checker should prove unreachable; fails at runtime."""
    shown = repr(arg)
    limit = _ASSERT_NEVER_REPR_MAX_LENGTH
    if len(shown) > limit:
        shown = shown[:limit] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def no_type_check(arg):
    """Decorator: the annotations of *arg* are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            member = getattr(arg, key)
            if (not hasattr(member, '__qualname__')
                    or member.__qualname__ != f"{arg.__qualname__}.{member.__name__}"
                    or getattr(member, '__module__', None) != arg.__module__):
                # Only members defined in this class body.
                continue
            if isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            if isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            if isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make *decorator* apply no_type_check to what it decorates."""
    @functools.wraps(decorator)
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def _overloaded_stub(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# module -> qualname -> first line -> function
_overload_registry = collections.defaultdict(
    functools.partial(collections.defaultdict, dict))


def overload(func):
    """Decorator for the signatures of an overloaded function."""
    target = getattr(func, "__func__", func)
    try:
        code = target.__code__
        _overload_registry[target.__module__][target.__qualname__][code.co_firstlineno] = func
    except AttributeError:
        pass
    return _overloaded_stub


def get_overloads(func):
    """The @overload signatures recorded for *func*."""
    target = getattr(func, "__func__", func)
    if target.__module__ not in _overload_registry:
        return []
    by_name = _overload_registry[target.__module__]
    if target.__qualname__ not in by_name:
        return []
    return list(by_name[target.__qualname__].values())


def clear_overloads():
    """Forget all registered overloads."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (sets __final__ when possible)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


# == predefined type variables and aliases ========================================

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

_alias = _SpecialGenericAlias


def _define_aliases(table, namespace):
    """name -> (origin, number of parameters[, instantiable]) ."""
    for name, spec in table.items():
        origin, count, *rest = spec
        inst = rest[0] if rest else True
        label = None if name == origin.__name__ else name
        if inst:
            namespace[name] = _alias(origin, count, name=label)
        else:
            namespace[name] = _alias(origin, count, inst=False, name=name)


_cabc = collections.abc
_define_aliases({
    'Hashable': (_cabc.Hashable, 0), 'Awaitable': (_cabc.Awaitable, 1),
    'Coroutine': (_cabc.Coroutine, 3), 'AsyncIterable': (_cabc.AsyncIterable, 1),
    'AsyncIterator': (_cabc.AsyncIterator, 1), 'Iterable': (_cabc.Iterable, 1),
    'Iterator': (_cabc.Iterator, 1), 'Reversible': (_cabc.Reversible, 1),
    'Sized': (_cabc.Sized, 0), 'Container': (_cabc.Container, 1),
    'Collection': (_cabc.Collection, 1),
}, globals())
Callable = _CallableType(_cabc.Callable, 2)
_define_aliases({
    'AbstractSet': (_cabc.Set, 1), 'MutableSet': (_cabc.MutableSet, 1),
    'Mapping': (_cabc.Mapping, 2), 'MutableMapping': (_cabc.MutableMapping, 2),
    'Sequence': (_cabc.Sequence, 1), 'MutableSequence': (_cabc.MutableSequence, 1),
    'ByteString': (_cabc.ByteString, 0),
}, globals())
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
_define_aliases({
    'List': (list, 1, False), 'Deque': (collections.deque, 1),
    'Set': (set, 1, False), 'FrozenSet': (frozenset, 1, False),
    'MappingView': (_cabc.MappingView, 1), 'KeysView': (_cabc.KeysView, 1),
    'ItemsView': (_cabc.ItemsView, 2), 'ValuesView': (_cabc.ValuesView, 1),
    'Dict': (dict, 2, False), 'DefaultDict': (collections.defaultdict, 2),
    'OrderedDict': (collections.OrderedDict, 2), 'Counter': (collections.Counter, 1),
    'ChainMap': (collections.ChainMap, 2), 'Generator': (_cabc.Generator, 3),
    'AsyncGenerator': (_cabc.AsyncGenerator, 2), 'Type': (type, 1, False),
    'ContextManager': (contextlib.AbstractContextManager, 1),
    'AsyncContextManager': (contextlib.AbstractAsyncContextManager, 1),
}, globals())
del _cabc


def __getattr__(name):
    # Pattern and Match need `re`, which is imported on first use.
    if name not in ('Pattern', 'Match'):
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    try:
        import re
        classes = {'Pattern': re.Pattern, 'Match': re.Match}
    except (ImportError, AttributeError):
        classes = {n: type(n, (), {'__module__': 're'}) for n in ('Pattern', 'Match')}
    scope = globals()
    for key, cls in classes.items():
        scope[key] = _alias(cls, 1)
    return scope[name]


# == Supports* protocols ============================================================

@runtime_checkable
class SupportsInt(Protocol):
    """Has __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Has __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Has __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Has __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Has __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Has __abs__ returning T_co."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Has __round__ returning T_co."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# == NamedTuple ===================================================================

def _build_namedtuple(name, fields, module, defaults=()):
    names = [field for field, _ in fields]
    hints = {field: _type_check(hint, f"field {field} annotation must be a type")
             for field, hint in fields}
    cls = collections.namedtuple(name, names, defaults=defaults, module=module)
    cls.__annotations__ = cls.__new__.__annotations__ = hints
    return cls


# Names a NamedTuple class body may not define ...
_NT_RESERVED = frozenset([
    '__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
    '_field_defaults', '_make', '_replace', '_asdict', '_source'])
# ... and names of the body that are not copied onto the class.
_NT_SKIPPED = frozenset(['__module__', '__name__', '__annotations__'])


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if b is _NamedTuple else b for b in bases)
        hints = ns.get('__annotations__', {})
        with_default = []
        for field in hints:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot "
                                f"follow default field{plural} {', '.join(with_default)}")
        made = _build_namedtuple(typename, hints.items(),
                                 defaults=[ns[f] for f in with_default],
                                 module=ns['__module__'])
        if made.__bases__ != bases:
            made.__bases__ = bases
        generic = Generic in bases
        if generic:
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            if key not in _NT_SKIPPED and key not in made._fields:
                setattr(made, key, value)
        if generic:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple (class syntax or call)."""
    if fields is not None and kwargs:
        raise TypeError("Either list of fields or keywords can be provided to "
                        "NamedTuple, not both")
    spec = kwargs.items() if fields is None else fields
    return _build_namedtuple(typename, spec, module=_calling_module())


# "class X(NamedTuple)" really derives from this placeholder class.
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# == TypedDict ====================================================================

def _key_is_required(hint, total):
    origin = get_origin(hint)
    if origin is Annotated:
        inner = get_args(hint)
        if inner:
            origin = get_origin(inner[0])
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        """Build the TypedDict class (a dict subclass at runtime)."""
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type and a '
                            'non-TypedDict base class')
        extra = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*extra, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(hint, msg, module=made.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        hints, required, optional = {}, set(), set()
        for base in bases:
            # A later base decides whether a shared key is required.
            inherited = base.__dict__
            hints.update(inherited.get('__annotations__', {}))
            must = set(inherited.get('__required_keys__', ()))
            may = set(inherited.get('__optional_keys__', ()))
            required = (required - may) | must
            optional = (optional - must) | may
        hints.update(own)
        for key, hint in own.items():
            if _key_is_required(hint, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys (class syntax or call)."""
    if kwargs:
        if fields is not None:
            raise TypeError("TypedDict takes either a dict or keyword arguments, "
                            "but not both")
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is "
                      "deprecated in Python 3.11, will be removed in Python 3.13, "
                      "and may not be understood by third-party type checkers.",
                      DeprecationWarning, stacklevel=2)
        fields = kwargs
    body = {'__annotations__': dict(fields or {})}
    home = _calling_module()
    if home is not None:
        body['__module__'] = home
    return _TypedDictMeta(typename, (), body, total=total)


# "class X(TypedDict)" really derives from this placeholder class.
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# == NewType ======================================================================

def _idfunc(_, x):
    return x


class NewType:
    """A distinct name for an existing type; calling it returns the argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        home = _calling_module()
        if home != 'typing':
            self.__module__ = home

    __call__ = _idfunc

    def __mro_entries__(self, bases):
        parent = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                child = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you "
                                f"were looking for: `{child} = NewType({child!r}, {parent})`")

        return (Dummy,)

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Text = str

TYPE_CHECKING = False


# == IO classes ===================================================================

def _abstract_members(owner, specs):
    """Abstract methods (or 'name:prop' abstract properties) for IO classes."""
    members = {}
    for spec in specs.split():
        name, _, kind = spec.partition(':')

        def stub(self, *args):
            pass
        stub.__name__ = name
        stub.__qualname__ = owner + '.' + name
        stub = abstractmethod(stub)
        members[name] = property(stub) if kind == 'prop' else stub
    return members


class IO(Generic[AnyStr]):
    """Generic base class for file-like objects (IO[str], IO[bytes])."""

    __slots__ = ()
    locals().update(_abstract_members('IO', """
        mode:prop name:prop close closed:prop fileno flush isatty read readable
        readline readlines seek seekable tell truncate writable write writelines
        __enter__ __exit__"""))


class BinaryIO(IO[bytes]):
    """File-like object with bytes data."""

    __slots__ = ()
    locals().update(_abstract_members('BinaryIO', "write __enter__"))


class TextIO(IO[str]):
    """File-like object with str data."""

    __slots__ = ()
    locals().update(_abstract_members('TextIO', """
        buffer:prop encoding:prop errors:prop line_buffering:prop
        newlines:prop __enter__"""))


def reveal_type(obj, /):
    """Print the runtime type of *obj* (to stderr) and return it."""
    name = type(obj).__name__
    print(f"Runtime type is {name!r}", file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like classes."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default,
                    field_specifiers=field_specifiers, kwargs=kwargs)

    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = dict(settings)
        return cls_or_fn
    return mark
