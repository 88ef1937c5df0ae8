"""Generate special methods (__init__, __repr__, __eq__, ...) for classes with fields."""

import sys
import copy
import types
import keyword
import abc

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _Marker:
    """Named sentinel whose repr is its name."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()
MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()
_EMPTY_METADATA = types.MappingProxyType({})

# Kinds of annotated class attributes.
_FIELD = _Marker('_FIELD')
_FIELD_CLASSVAR = _Marker('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Marker('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type
        shown = inner.__name__ if isinstance(inner, type) else repr(inner)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                'hash', 'compare', 'metadata', 'kw_only')


class Field:
    __slots__ = _FIELD_ATTRS + ('_field_type',)

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only

    def __repr__(self):
        return _field_repr(self)

    def __set_name__(self, owner, name):
        # Forward to the default value (e.g. a descriptor) if it wants it.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


def _guard_recursion(render):
    """Wrap a repr function so that a re-entrant call gives '...'."""
    active = set()

    def guarded(obj):
        key = id(obj)
        if key in active:
            return '...'
        active.add(key)
        try:
            return render(obj)
        finally:
            active.discard(key)
    return guarded


@_guard_recursion
def _field_repr(f):
    parts = ['%s=%r' % (attr, getattr(f, attr)) for attr in _FIELD_ATTRS]
    parts.append('_field_type=%s' % (f._field_type,))
    return 'Field(' + ','.join(parts) + ')'


_PARAM_NAMES = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')


class _DataclassParams:
    __slots__ = _PARAM_NAMES

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for name, value in zip(_PARAM_NAMES, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, name, value)

    def __repr__(self):
        shown = ','.join('%s=%r' % (n, getattr(self, n)) for n in _PARAM_NAMES)
        return '_DataclassParams(' + shown + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field (default, factory, flags, metadata)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# -- recognising ClassVar / InitVar / KW_ONLY annotations -------------------

def _is_classvar(hint, typing):
    return hint is typing.ClassVar or getattr(hint, '__origin__', None) is typing.ClassVar


def _is_initvar(hint, dataclasses):
    return hint is dataclasses.InitVar or type(hint) is dataclasses.InitVar


def _is_kw_only(hint, dataclasses):
    return hint is dataclasses.KW_ONLY


def _match_module_identifier(s):
    """Like re.match(r'^(?:\\s*(\\w+)\\s*\\.)?\\s*(\\w+)', s): (module or None, name) or None."""
    def word(i):
        j = i
        while j < len(s) and (s[j].isalnum() or s[j] == '_'):
            j += 1
        return j

    def spaces(i):
        while i < len(s) and s[i].isspace():
            i += 1
        return i
    i = spaces(0)
    j = word(i)
    if j > i:
        k = spaces(j)
        if k < len(s) and s[k] == '.':
            m = spaces(k + 1)
            n = word(m)
            if n > m:
                return s[i:j], s[m:n]
        return None, s[i:j]
    return None




def _format_annotation(annotation):
    """inspect.formatannotation."""
    if getattr(annotation, '__module__', None) == 'typing':
        text = repr(annotation)
        out = []
        i = 0
        while i < len(text):
            if text[i].isalnum() or text[i] in '_.':
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] in '_.'):
                    j += 1
                word = text[i:j]
                out.append(word[7:] if word.startswith('typing.') else word)
                i = j
            else:
                out.append(text[i])
                i += 1
        return ''.join(out)
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _text_signature(cls):
    """str(inspect.signature(cls)) for the classes dataclass() documents."""
    for meta in type(cls).__mro__:
        if meta is type or meta is object:
            break
        if '__call__' in meta.__dict__:
            # A metaclass __call__ decides the signature; not supported here.
            raise ValueError('no signature')
    init = cls.__dict__.get('__init__')
    if init is None:
        for base in cls.__mro__:
            if '__init__' in base.__dict__:
                init = base.__dict__['__init__']
                break
    if init is object.__init__:
        return '()'
    if not isinstance(init, types.FunctionType):
        raise ValueError('no signature')
    code = init.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    ann = init.__annotations__
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    def param(name, default, has_default):
        text = name
        if name in ann:
            text += ': ' + _format_annotation(ann[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text
    parts = []
    for i in range(1, npos):
        has = i >= first_default
        parts.append(param(names[i], defaults[i - first_default] if has else None, has))
        if i == nposonly - 1:
            parts.append('/')
    idx = npos + nkw
    if code.co_flags & 0x04:
        star = names[idx]
        idx += 1
        parts.append('*' + param(star, None, False))
    elif nkw:
        parts.append('*')
    for i in range(npos, npos + nkw):
        name = names[i]
        parts.append(param(name, kwdefaults.get(name), name in kwdefaults))
    if code.co_flags & 0x08:
        parts.append('**' + param(names[idx], None, False))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in ann:
        text += ' -> ' + _format_annotation(ann['return'])
    return text




def _string_names(text, cls, module, predicate):
    """For a string annotation like 'ClassVar[int]' or 'typing.ClassVar',
    look the leading name up (in cls's module, or in *module* when written
    as module.Name) and apply *predicate* to what it refers to."""
    found = _match_module_identifier(text)
    if not found:
        return False
    prefix, name = found
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    if prefix:
        if home.__dict__.get(prefix) is not module:
            return False
        scope = module.__dict__
    else:
        scope = home.__dict__
    return bool(scope) and predicate(scope.get(name), module)


def _annotation_is(hint, cls, module, predicate):
    if predicate(hint, module):
        return True
    return isinstance(hint, str) and _string_names(hint, cls, module, predicate)


def _make_field(cls, name, hint, kw_only_default):
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            # A __slots__ entry, not a default value.
            value = MISSING
        f = field(default=value)
    f.name, f.type, f._field_type = name, hint, _FIELD
    typing = sys.modules.get('typing')
    if typing and _annotation_is(hint, cls, typing, _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is(hint, cls, sys.modules[__name__], _is_initvar):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        # list, dict, set ... would be shared between instances.
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


# -- generated methods ------------------------------------------------------

def _qualify(cls, fn):
    if isinstance(fn, types.FunctionType):
        fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
        # Generated methods belong to the class's module, as in CPython.
        fn.__module__ = cls.__module__
    return fn


def _install(cls, name, fn):
    """Set cls.name = fn unless the class body defined it; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _qualify(cls, fn))
    return False


def _compile_init(cls, all_fields, positional, keyword_only, frozen, slots):
    """Build __init__ from source text so that it has a real signature."""
    saw_default = False
    for f in positional:
        if _has_default(f):
            saw_default = True
        elif saw_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    me = '__dataclass_self__' if any(f.name == 'self' for f in all_fields) else 'self'
    env = {'__dc_factory_flag': _HAS_DEFAULT_FACTORY, '__dc_object': object}

    def param(f):
        env['__dc_type_' + f.name] = f.type
        text = '%s: __dc_type_%s' % (f.name, f.name)
        if f.default is not MISSING:
            env['__dc_default_' + f.name] = f.default
            text += ' = __dc_default_' + f.name
        elif f.default_factory is not MISSING:
            text += ' = __dc_factory_flag'
        return text

    params = [me] + [param(f) for f in positional]
    if keyword_only:
        params.append('*')
        params.extend(param(f) for f in keyword_only)
    body = []
    for f in all_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            env['__dc_make_' + f.name] = f.default_factory
            value = '__dc_make_%s()' % f.name
            if f.init:
                value = '(%s if %s is __dc_factory_flag else %s)' % (value, f.name, f.name)
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # With __slots__ the class attribute holding the default is gone.
            env['__dc_default_' + f.name] = f.default
            value = '__dc_default_' + f.name
        else:
            continue
        if frozen:
            body.append('__dc_object.__setattr__(%s, %r, %s)' % (me, f.name, value))
        else:
            body.append('%s.%s = %s' % (me, f.name, value))
    if hasattr(cls, _POST_INIT_NAME):
        extra = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (me, _POST_INIT_NAME, extra))
    names = ', '.join(env)
    source = ('def __dataclass_factory__(%s):\n'
              ' def __init__(%s) -> None:\n'
              '%s\n'
              ' return __init__\n') % (names, ', '.join(params),
                                       '\n'.join('  ' + line for line in body or ['pass']))
    module = sys.modules.get(cls.__module__)
    scope = {}
    exec(source, module.__dict__ if module else {}, scope)
    return scope['__dataclass_factory__'](**env)


def _make_repr(names):
    @_guard_recursion
    def render(self):
        shown = ', '.join('%s=%r' % (n, getattr(self, n)) for n in names)
        return '%s(%s)' % (self.__class__.__qualname__, shown)

    def __repr__(self):
        return render(self)
    __repr__._dataclass_repr = True
    return __repr__


def _fields_tuple(obj, names):
    return '(' + ''.join('%s.%s,' % (obj, n) for n in names) + ')'


def _from_source(name, params, body):
    # Generated from source text (as __init__): fast attribute tuples, and a traceback
    # through it shows File "<string>", line N as CPython's generated methods do.
    text = 'def __dataclass_factory__():\n def %s(%s):\n%s return %s\n' % (
        name, params, ''.join('  %s\n' % line for line in body), name)
    scope = {}
    exec(text, {}, scope)
    return scope['__dataclass_factory__']()


def _make_comparison(name, names, symbol):
    return _from_source(name, 'self, other', [
        'if other.__class__ is self.__class__:',
        ' return %s%s%s' % (_fields_tuple('self', names), symbol,
                            _fields_tuple('other', names)),
        'return NotImplemented'])


def _make_hash(names):
    return _from_source('__hash__', 'self', ['return hash(%s)' % _fields_tuple('self', names)])


_FROZEN_GUARD = ('def __dataclass_factory__(cls, FrozenInstanceError, protected):\n'
                 ' def __%sattr__(self, name%s):\n'
                 '  if type(self) is cls or name in protected:\n'
                 '   raise FrozenInstanceError(f"cannot %s field {name!r}")\n'
                 '  super(cls, self).__%sattr__(name%s)\n'
                 ' return __%sattr__\n')


def _make_frozen_guards(cls, names):
    # Built from source text like __init__ so that a traceback shows the
    # frame as File "<string>", line 4, as CPython's generated code does.
    protected = frozenset(names)
    guards = []
    for kind, extra, verb in (('set', ', value', 'assign to'), ('del', '', 'delete')):
        scope = {}
        exec(_FROZEN_GUARD % (kind, extra, verb, kind, extra, kind), {}, scope)
        guards.append(scope['__dataclass_factory__'](cls, FrozenInstanceError, protected))
    return guards


def _ordering():
    return [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]


def _hash_plan(unsafe_hash, eq, frozen, explicit):
    """What to do with __hash__: None (leave it), 'none' or 'add'."""
    if unsafe_hash:
        if explicit:
            return 'error'
        return 'add'
    if not eq or explicit:
        return None
    return 'add' if frozen else 'none'




def _gather_fields(cls, kw_only):
    """Fields inherited from dataclass bases, then this class's own."""
    collected = {}
    frozen_base = None
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        collected.update((f.name, f) for f in inherited.values())
        frozen_base = bool(frozen_base) or getattr(base, _PARAMS).frozen
    annotations = cls.__dict__.get('__annotations__', {})
    here = sys.modules[__name__]
    marker_seen = False
    own = []
    for name, hint in annotations.items():
        if _annotation_is(hint, cls, here, _is_kw_only):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, hint, kw_only))
    for f in own:
        collected[f.name] = f
        # The Field object on the class is replaced by its plain default.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return collected, frozen_base


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    every, frozen_base = _gather_fields(cls, kw_only)
    if frozen_base is not None and frozen_base != bool(frozen):
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    setattr(cls, _FIELDS, every)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # "__hash__ = None" next to a user __eq__ is Python's implicit value.
    explicit_hash = own_hash is not MISSING and not (
        own_hash is None and '__eq__' in cls.__dict__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    takes_args = [f for f in every.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in takes_args if f.init and not f.kw_only]
    keyword_only = [f for f in takes_args if f.init and f.kw_only]
    if init:
        _install(cls, '__init__', _compile_init(cls, takes_args, positional,
                                                keyword_only, frozen, slots))

    real = [f for f in every.values() if f._field_type is _FIELD]
    compared = [f.name for f in real if f.compare]
    if repr:
        _install(cls, '__repr__', _make_repr([f.name for f in real if f.repr]))
    if eq:
        _install(cls, '__eq__', _make_comparison('__eq__', compared, '=='))
    if order:
        for name, op in _ordering():
            if _install(cls, name, _make_comparison(name, compared, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for guard in _make_frozen_guards(cls, [f.name for f in real]):
            if _install(cls, guard.__name__, guard):
                raise TypeError(f'Cannot overwrite attribute {guard.__name__} '
                                f'in class {cls.__name__}')

    plan = _hash_plan(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash)
    if plan == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if plan == 'none':
        cls.__hash__ = None
    elif plan == 'add':
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _qualify(cls, _make_hash(hashed))

    if not getattr(cls, '__doc__'):
        try:
            signature = _text_signature(cls).replace(' -> None', '')
        except (TypeError, ValueError):
            signature = ''
        cls.__doc__ = cls.__name__ + signature

    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _declared_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _with_slots(cls, frozen, weakref_slot):
    # __slots__ only works when the class is created, so build a new one.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    wanted = names + (['__weakref__'] if weakref_slot else [])
    body = dict(cls.__dict__)
    body['__slots__'] = tuple(n for n in wanted if n not in taken)
    for name in names + ['__dict__', '__weakref__']:
        body.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    rebuilt = type(cls)(cls.__name__, cls.__bases__, body)
    if qualname is not None:
        rebuilt.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in body:
            rebuilt.__getstate__ = _frozen_getstate
        if '__setstate__' not in body:
            rebuilt.__setstate__ = _frozen_setstate
    return rebuilt


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding __init__, __repr__, __eq__ ... from the
    annotated fields."""

    def apply(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)

    return apply if cls is None else apply(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (class or instance), in order."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for dataclasses and their instances."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        return hasattr(obj, _FIELDS)
    return hasattr(type(obj), _FIELDS)


def _convert(obj, factory, as_pairs):
    if _is_dataclass_instance(obj):
        items = []
        for f in fields(obj):
            value = _convert(getattr(obj, f.name), factory, as_pairs)
            items.append((f.name, value) if as_pairs else value)
        return factory(items)
    kind = type(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # namedtuple: positional constructor.
        return kind(*[_convert(v, factory, as_pairs) for v in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_convert(v, factory, as_pairs) for v in obj)
    if isinstance(obj, dict):
        return kind((_convert(k, factory, as_pairs), _convert(v, factory, as_pairs))
                    for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance to a dict of its fields."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance to a tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def _parse_field_spec(item):
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) == 2:
        return item[0], item[1], MISSING
    if len(item) == 3:
        return item
    raise TypeError(f'Invalid field: {item!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass from a list of field specs."""
    extra = dict(namespace or {})
    hints = {}
    for item in fields:
        name, hint, spec = _parse_field_spec(item)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in hints:
            raise TypeError(f'Field name duplicated: {name!r}')
        hints[name] = hint
        if spec is not MISSING:
            extra[name] = spec

    def fill(ns):
        ns.update(extra)
        ns['__annotations__'] = hints
        ns.setdefault('__module__', 'types')

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A copy of dataclass instance *obj* with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name in changes:
            continue
        if kind is _FIELD_INITVAR and f.default is MISSING:
            raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
        changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
