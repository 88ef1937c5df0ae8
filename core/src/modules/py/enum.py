"""Support for enumerations."""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
    'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
    'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name',
    'show_flag_values',
]

# The base classes below do not exist while they are themselves being built; the
# metaclass tests these names against None to know how far bootstrapping got.
Enum = Flag = EJECT = ReprEnum = None

# Sunder names an enumeration body may define.
_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'))

# Methods a data type would otherwise win over Enum's.
_ENUM_DISPATCH = ('__repr__', '__str__', '__format__', '__reduce_ex__')
_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__')


class _Unset:
    def __repr__(self):
        return '_auto_null'


_UNSET = _Unset()


class nonmember(object):
    """Protects an item from becoming an enum member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces an item to become an enum member."""

    def __init__(self, value):
        self.value = value


def _name_list(spec):
    # 'a, b c' or an iterable of names -> list of names
    if isinstance(spec, str):
        return spec.replace(',', ' ').split()
    return list(spec)


def _has_descriptor_hooks(obj):
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


def _wrapped_in(name, mark):
    # True for mark+word+mark where word neither starts nor ends with '_'.
    n = len(mark)
    if len(name) <= 2 * n or not (name.startswith(mark) and name.endswith(mark)):
        return False
    return name[n] != '_' and name[-n - 1] != '_'


def _is_dunder(name):
    return _wrapped_in(name, '__')


def _is_sunder(name):
    return _wrapped_in(name, '_')


def _is_mangled_private(owner, name):
    head = '_' + owner.lstrip('_') + '__'
    return len(name) > len(head) and name.startswith(head) and not name.endswith('__')


def _is_single_bit(num):
    return num > 0 and (num & (num - 1)) == 0


def _bit_values(num):
    # Powers of two making up a non-negative int, smallest first.
    bit = 1
    while bit <= num:
        if num & bit:
            yield bit
        bit <<= 1


def bin(num, max_bits=None):
    """Like built-in bin(), but with the sign bit split off and negatives in two's complement."""
    digits = max(num.bit_length(), max_bits or 0)
    if num < 0:
        digits = max(digits, (~num).bit_length())
        return '0b1 ' + format(num & ((1 << digits) - 1), 'b').zfill(digits)
    return '0b0 ' + format(num, 'b').zfill(digits)


def show_flag_values(value):
    return list(_bit_values(value))


class property(DynamicClassAttribute):
    """An attribute of enum members (like name and value) that may share its name with a member."""

    member = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}')
            return self.member
        if self.fget is not None:
            return self.fget(instance)
        # This property only stands in for a member on the class: on an instance,
        # fall back to whatever a base class provides under that name.
        kind = type(instance)
        for klass in kind.__mro__[1:]:
            if self.name not in klass.__dict__:
                continue
            attr = klass.__dict__[self.name]
            getter = getattr(type(attr), '__get__', None)
            return attr if getter is None else getter(attr, instance, kind)
        raise AttributeError(f'{ownerclass!r} member has no attribute {self.name!r}')

    def _refuse(self, verb):
        raise AttributeError(f'<enum {self.clsname!r}> cannot {verb} attribute {self.name!r}')

    def __set__(self, instance, value):
        if self.fset is None:
            self._refuse('set')
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            self._refuse('delete')
        self.fdel(instance)


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_UNSET):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class _ClassBody(dict):
    """Namespace used while an enumeration's class body runs."""

    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.candidates = {}       # member names, in definition order
        self.seen_values = []      # values given so far (what auto() looks at)
        self.skipped = []          # names listed in _ignore_
        self.auto_used = False
        self.next_value = None

    def _resolve_auto(self, key, item):
        if item.value is _UNSET:
            item.value = self.next_value(key, 1, len(self.candidates), list(self.seen_values))
            self.auto_used = True
        self.seen_values.append(item.value)
        return item.value

    def _member_value(self, key, value):
        if isinstance(value, member):
            value = value.value
        if isinstance(value, auto):
            return self._resolve_auto(key, value)
        if isinstance(value, tuple) and any(isinstance(part, auto) for part in value):
            # every auto() inside a tuple gets a value of its own
            return tuple(self._resolve_auto(key, part) if isinstance(part, auto) else part
                         for part in value)
        self.seen_values.append(value)
        return value

    def _special(self, key, value):
        if key not in _ALLOWED_SUNDERS:
            raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future '
                             'Enum use')
        if key == '_generate_next_value_':
            if self.auto_used:
                raise TypeError('_generate_next_value_ must be defined before members')
            if isinstance(value, staticmethod):
                value = value.__func__
            self.next_value = value
        elif key == '_ignore_':
            value = _name_list(value)
            clash = set(value).intersection(self.candidates)
            if clash:
                raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')
            self.skipped = value
        return value

    def __setitem__(self, key, value):
        if self.owner is not None and _is_mangled_private(self.owner, key):
            pass
        elif _is_sunder(key):
            value = self._special(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self.candidates:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self.skipped:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _has_descriptor_hooks(value):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            value = self._member_value(key, value)
            self.candidates[key] = None
        dict.__setitem__(self, key, value)


class _Pending:
    # Placeholder for a member in the class namespace; type.__new__ calls
    # __set_name__ on it, which is when the real member gets made.

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        enum_class._register_member(name, self.value)


def _caller_module():
    # Name of the first module up the stack that is not this one.
    depth = 2
    try:
        while True:
            name = sys._getframe(depth).f_globals.get('__name__')
            if name != __name__:
                return name
            depth += 1
    except (AttributeError, ValueError):
        return '__main__'


def _is_flag_class(cls):
    return Flag is not None and issubclass(cls, Flag)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._refuse_extension(cls, bases)
        body = _ClassBody(cls)
        base_enum = metacls._mixin_info(cls, bases)[1]
        if base_enum is not None:
            body['_generate_next_value_'] = getattr(base_enum, '_generate_next_value_', None)
        return body

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        skipped = _name_list(classdict.get('_ignore_', []))
        ns = {k: v for k, v in classdict.items() if k != '_ignore_' and k not in skipped}
        data_type, base_enum = metacls._mixin_info(cls, bases)
        creator, keep_creator, pass_args = metacls._pick_creator(ns, data_type, base_enum)
        names = [n for n in getattr(classdict, 'candidates', ()) if n not in skipped]
        bad = [n for n in names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(map(repr, set(bad))))
        for name in names:
            ns[name] = _Pending(ns[name])
        declared_order = ns.pop('_order_', None)
        ns.update(_new_member_=creator, _use_args_=pass_args, _member_names_=[],
                  _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                  _member_type_=data_type)
        if '_value_repr_' not in ns:
            ns['_value_repr_'] = metacls._value_repr_for(bases)
        flag_like = cls == 'Flag' if Flag is None else any(issubclass(b, Flag) for b in bases)
        if flag_like:
            ns.update(_boundary_=boundary or getattr(base_enum, '_boundary_', None),
                      _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        ns.setdefault('__doc__', None)
        try:
            new_class = super().__new__(metacls, cls, bases, ns, **kwds)
        except RuntimeError as err:
            # errors while a member is made come back wrapped by type.__new__
            raise (err.__cause__ or err) from None
        if flag_like:
            new_class._all_bits_ = (1 << new_class._flag_mask_.bit_length()) - 1
        metacls._settle_methods(new_class, ns, bases, data_type, base_enum, flag_like)
        if Enum is not None:
            if keep_creator:
                type.__setattr__(new_class, '__new_member__', creator)
            type.__setattr__(new_class, '__new__', Enum.__new__)
        if declared_order is not None:
            declared_order = _name_list(declared_order)
            if declared_order != new_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (new_class._member_names_, declared_order))
        return new_class

    @staticmethod
    def _settle_methods(new_class, ns, bases, data_type, base_enum, flag_like):
        def put(name, obj):
            if name not in ns:
                type.__setattr__(new_class, name, obj)
        if flag_like and Flag is not None:
            # Flag's operators beat the data type's (int.__or__ for IntFlag)
            for name in _FLAG_OPERATORS:
                put(name, Flag.__dict__[name])
        if base_enum is not None:
            # and Enum's repr/str/format beat those of object or the data type
            for name in _ENUM_DISPATCH:
                current = getattr(new_class, name)
                if current in (getattr(object, name), getattr(data_type, name)):
                    put(name, getattr(base_enum, name))
        if ReprEnum is not None and ReprEnum in bases:
            if data_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            put('__format__', data_type.__format__)
            as_text = data_type.__str__
            put('__str__', data_type.__repr__ if as_text is object.__str__ else as_text)

    def _register_member(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        make = cls._new_member_
        if isinstance(make, staticmethod):
            make = make.__func__
        item = make(cls, *args) if cls._use_args_ else make(cls)
        if not hasattr(item, '_value_'):
            if cls._member_type_ is object:
                item._value_ = value
            else:
                try:
                    item._value_ = cls._member_type_(*args)
                except Exception as exc:
                    problem = TypeError('_value_ not set in __new__, unable to create it')
                    problem.__cause__ = exc
                    raise problem
        value = item._value_
        item._name_ = name
        item.__objclass__ = cls
        item.__init__(*args)
        item._sort_order_ = len(cls._member_names_)
        existing = cls._lookup_value(value)
        flag_like = _is_flag_class(cls)
        if existing is not None:
            item = existing              # an alias
        elif not flag_like or (isinstance(value, int) and _is_single_bit(value)):
            cls._member_names_.append(name)
        if flag_like and isinstance(value, int):
            cls._flag_mask_ |= value
            if _is_single_bit(value):
                cls._singles_mask_ |= value
        type.__setattr__(cls, name, cls._shadow_for(name, item) or item)
        cls._member_map_[name] = item
        try:
            cls._value2member_map_.setdefault(value, item)
        except TypeError:
            cls._unhashable_values_.append(value)

    def _lookup_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            return next((m for m in cls._member_map_.values() if m._value_ == value), None)

    def _shadow_for(cls, name, item):
        # A member named like a data descriptor of a base (e.g. 'name') is reached
        # through an enum.property so that the instance attribute keeps working.
        for klass in cls.__mro__[1:]:
            found = klass.__dict__.get(name)
            if found is None:
                continue
            if isinstance(found, DynamicClassAttribute) or (
                    hasattr(found, '__get__') and hasattr(found, '__set__')):
                shadow = property()
                shadow.member = item
                shadow.__set_name__(cls, name)
                return shadow
            return None
        return None

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        if not cls._member_map_:
            raise TypeError(f'{cls!r} has no members defined')
        return cls.__new__(cls, value)

    def __contains__(cls, item):
        if isinstance(item, Enum):
            return isinstance(item, cls) and item._name_ in cls._member_map_
        import warnings
        warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will '
                      'return True or\nFalse depending on whether the value is a member '
                      'or the value of a member', DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(item).__qualname__, type(cls).__qualname__))

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        listing = set(cls._member_names_)
        listing.update(('__class__', '__contains__', '__doc__', '__getitem__',
                        '__init_subclass__', '__iter__', '__len__', '__members__',
                        '__module__', '__name__', '__qualname__'))
        if cls._new_member_ is not object.__new__:
            listing.add('__new__')
        if cls._member_type_ is not object:
            listing.update(dir(cls._member_type_))
        return sorted(listing)

    def __getattr__(cls, name):
        if not _is_dunder(name) and name in cls._member_map_:
            return cls._member_map_[name]
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        table = cls._member_map_
        return (table[n] for n in cls._member_names_)

    def __reversed__(cls):
        table = cls._member_map_
        return (table[n] for n in cls._member_names_[::-1])

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """Maps member names to members, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if _is_flag_class(cls) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Functional API: build a new enumeration from a list of names or pairs."""
        meta = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        base_enum = cls._mixin_info(class_name, bases)[1]
        body = meta.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = _name_list(names)
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            given = []
            for index, label in enumerate(names):
                given.append(base_enum._generate_next_value_(label, start, index, given[:]))
            names = list(zip(names, given))
        for entry in names:
            if isinstance(entry, str):
                body[entry] = names[entry]
            else:
                body[entry[0]] = entry[1]
        body['__module__'] = _caller_module() if module is None else module
        if qualname is not None:
            body['__qualname__'] = qualname
        return meta.__new__(meta, class_name, bases, body, boundary=boundary)

    @classmethod
    def _refuse_extension(meta, class_name, bases):
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType) and klass._member_names_:
                    raise TypeError(f'<enum {class_name!r}> cannot extend {klass!r}')

    @classmethod
    def _mixin_info(meta, class_name, bases):
        """(data type, last enum base) for a new enumeration's bases."""
        if not bases:
            return object, Enum
        meta._refuse_extension(class_name, bases)
        base_enum = bases[-1]
        if not isinstance(base_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return meta._data_type(class_name, bases) or object, base_enum

    @staticmethod
    def _value_repr_for(bases):
        for base in bases:
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    return klass._value_repr_
                if '__repr__' in klass.__dict__:
                    return klass.__dict__['__repr__']
        return None

    @staticmethod
    def _data_type(class_name, bases):
        kinds = set()
        for base in bases:
            first_plain = None
            for klass in base.__mro__:
                if klass is object:
                    continue
                own = klass.__dict__
                if isinstance(klass, EnumType):
                    if klass._member_type_ is not object:
                        kinds.add(klass._member_type_)
                        break
                elif '__new__' in own or '__dataclass_fields__' in own:
                    kinds.add(first_plain or klass)
                    break
                elif first_plain is None:
                    first_plain = klass
        if len(kinds) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {kinds!r}')
        return kinds.pop() if kinds else None

    @staticmethod
    def _pick_creator(ns, data_type, base_enum):
        """(function making members, keep it as __new_member__?, pass it the values?)"""
        own = ns.get('__new__')
        if own is not None:
            return own, base_enum is not None, own is not object.__new__
        plain = (None, None.__new__, object.__new__, Enum and Enum.__new__)
        for attr in ('__new_member__', '__new__'):
            for source in (data_type, base_enum):
                found = getattr(source, attr, None)
                if found not in plain:
                    return found, False, found is not object.__new__
        return object.__new__, False, False


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = cls._lookup_value(value)
        if found is not None:
            return found
        failure = None
        try:
            outcome = cls._missing_(value)
        except Exception as err:
            failure, outcome = err, None
        if isinstance(outcome, cls):
            return outcome
        if _is_flag_class(cls) and cls._boundary_ is EJECT:
            return outcome
        invalid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if failure is None:
            if outcome is None:
                raise invalid
            failure = TypeError(f'error in {cls.__name__}._missing_: returned {outcome!r} '
                                'instead of None or a valid member')
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        try:
            raise failure
        finally:
            failure = invalid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if count == 0:
            return start
        # one more than the largest value if they can be compared; otherwise one
        # more than the most recent value that supports +1; otherwise start.
        # Anything but "the last value is the largest and takes +1" is deprecated.
        try:
            if last_values[-1] == sorted(last_values)[-1]:
                return last_values[-1] + 1
        except TypeError:
            pass
        import warnings
        warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                      "values to be sortable and support adding +1\nand the value returned "
                      "will be the largest value in the enum incremented by 1",
                      DeprecationWarning, stacklevel=5)
        try:
            return max(last_values) + 1
        except TypeError:
            pass
        for previous in last_values[::-1]:
            try:
                return previous + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def _shown_value(self):
        shown = type(self)._value_repr_ or repr
        return shown(self._value_)

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._shown_value()}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __dir__(self):
        cls = type(self)
        listing = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if cls._member_type_ is not object:
            listing.update(object.__dir__(self))
        listing.update(n for n in getattr(self, '__dict__', ()) if not n.startswith('_'))
        for klass in cls.__mro__:
            listing.update(n for n in klass.__dict__
                           if not n.startswith('_') and n not in cls._member_map_)
        return sorted(listing)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        for position, role in ((1, 'encoding'), (2, 'errors')):
            if len(values) > position and not isinstance(values[position], str):
                raise TypeError(f'{role} must be a string, not {values[position]!r}')
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _alias_pairs(enumeration):
    return ', '.join(f'{alias} -> {m.name}' for alias, m in enumeration.__members__.items()
                     if alias != m.name)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    found = _alias_pairs(enumeration)
    if found:
        raise ValueError(f'duplicate values found in {enumeration!r}: {found}')
    return enumeration


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members' bits."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    def _generate_next_value_(name, start, count, last_values):
        if count == 0:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            return 1 << highest.bit_length()
        except Exception:
            raise TypeError(f'invalid flag value {highest!r}') from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        table = cls._value2member_map_
        for bit in _bit_values(value & cls._flag_mask_):
            yield table.get(bit)

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    _iter_member_ = _iter_member_by_def_

    _numeric_repr_ = repr

    @classmethod
    def _fit_to_boundary(cls, value):
        # The value to build a pseudo-member for; None when it is to be ejected.
        mask, everything = cls._flag_mask_, cls._all_bits_
        in_range = -everything - 1 <= value <= everything
        if in_range and not value & (everything ^ mask):
            return value
        rule = cls._boundary_
        if rule is STRICT:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError(f'{cls!r} invalid value {value!r}\n    given {bin(value, width)}'
                             f'\n  allowed {bin(mask, width)}')
        if rule is CONFORM:
            return value & mask
        if rule is KEEP:
            if value < 0:
                value += max(everything + 1, 1 << value.bit_length())
            return value
        if rule is EJECT:
            return None
        raise ValueError(f'{cls!r} unknown flag boundary {rule!r}')

    @classmethod
    def _describe(cls, value):
        # Name for a pseudo-member: its members' names joined by '|', plus any
        # unnamed remainder; also returns that remainder.
        single = value & cls._singles_mask_
        multi = value & ~cls._singles_mask_
        if not (single or multi):
            return None, value
        parts = list(cls._iter_member_(single))
        if multi:
            parts += [m for m in cls._member_map_.values()
                      if m not in parts and m._value_ and m._value_ & value == m._value_]
        covered = 0
        for part in parts:
            covered |= part._value_
        rest = value ^ covered
        if not covered:
            return None, rest
        label = '|'.join(part._name_ for part in parts)
        if rest:
            label += '|' + cls._numeric_repr_(rest)
        return label, rest

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        fitted = cls._fit_to_boundary(value)
        if fitted is None:
            return value
        negative = fitted if fitted < 0 else None
        if negative is not None:
            fitted += cls._all_bits_ + 1
        stray = fitted & ~cls._flag_mask_
        if stray and cls._boundary_ is not KEEP:
            raise ValueError(f'{cls.__name__}({fitted!r}) -->  unknown values {stray!r} '
                             f'[{bin(stray)}]')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, fitted)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = fitted
        pseudo._name_, stray = cls._describe(fitted)
        if not stray:
            pseudo = cls._value2member_map_.setdefault(fitted, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def _other_bits(self, other):
        if isinstance(other, type(self)):
            return other._value_
        kind = self._member_type_
        if kind is not object and isinstance(other, kind):
            return other
        return NotImplemented

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return self._value_ & other._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        where = type(self).__name__
        if self._name_ is not None:
            where += '.' + self._name_
        return f'<{where}: {self._shown_value()}>'

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f'{type(self).__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = self._other_bits(other)
        return bits if bits is NotImplemented else type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._other_bits(other)
        return bits if bits is NotImplemented else type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._other_bits(other)
        return bits if bits is NotImplemented else type(self)(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            flipped = ~self._value_
            if self._boundary_ not in (EJECT, KEEP):
                flipped &= self._singles_mask_
            self._inverted_ = type(self)(flipped)
        return self._inverted_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


def _short_module(obj):
    return type(obj).__module__.rpartition('.')[2]


def global_enum_repr(self):
    return f'{_short_module(self)}.{self._name_}'


def global_flag_repr(self):
    where = _short_module(self)
    if self._name_ is None:
        return f'{where}.{type(self).__name__}({self._value_!r})'
    if _is_single_bit(self._value_):
        return f'{where}.{self._name_}'
    return '|'.join(f'{where}.{part}' for part in self._name_.split('|'))


def global_str(self):
    if self._name_ is not None:
        return self._name_
    return f'{type(self).__name__}({self._value_!r})'


def global_enum(cls, update_str=False):
    """Decorator: members become module globals and repr() as module.NAME."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _gaps(enumeration, is_flag):
    present = {m.value for m in enumeration}
    if len(present) < 2:
        return []
    lo, hi = min(present), max(present)
    if is_flag:
        wanted = (1 << i for i in range(lo.bit_length() - 1, hi.bit_length()))
    else:
        wanted = range(lo + 1, hi)
    return [v for v in wanted if v not in present]


def _english_list(words):
    if len(words) == 1:
        return words[0]
    return ', '.join(words[:-1]) + ' and ' + words[-1]


def _unnamed_flag_problem(enumeration):
    canonical = enumeration._member_names_
    named_values = [m.value for m in enumeration]
    offenders = []
    unnamed = 0
    for label, item in enumeration._member_map_.items():
        if label in canonical or item.value < 0:
            continue
        lacking = [bit for bit in _bit_values(item.value) if bit not in named_values]
        if lacking:
            offenders.append(label)
            for bit in lacking:
                unnamed |= bit
    if not offenders:
        return None
    noun = 'alias' if len(offenders) == 1 else 'aliases'
    verb = 'is' if len(offenders) == 1 else 'are'
    what = 'value' if _is_single_bit(unnamed) else 'combined values of'
    return (f'invalid Flag {enumeration.__name__!r}: {noun} {_english_list(offenders)} '
            f'{verb} missing {what} 0x{unnamed:x} '
            '[use enum.show_flag_values(value) for details]')


class verify:
    """Checks an enumeration for various constraints (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = _is_flag_class(enumeration)
        for check in self.checks:
            if check is UNIQUE:
                found = _alias_pairs(enumeration)
                if found:
                    raise ValueError(f'aliases found in {enumeration!r}: {found}')
            elif check is CONTINUOUS:
                missing = _gaps(enumeration, is_flag)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s' % (
                        'flag' if is_flag else 'enum', enumeration.__name__,
                        ', '.join(map(str, missing))))
            elif check is NAMED_FLAGS:
                problem = _unnamed_flag_problem(enumeration)
                if problem:
                    raise ValueError(problem)
        return enumeration
