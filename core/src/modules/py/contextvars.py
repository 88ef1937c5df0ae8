"""Context variables (PEP 567): ContextVar, Token, Context, copy_context."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class Context:
    """A mapping of ContextVars to their values."""

    # Copies share `_vars` until one of them sets a variable (`_cow` marks a shared dict).
    __slots__ = ('_vars', '_entered', '_cow')

    def __init__(self):
        self._vars = {}
        self._entered = False
        self._cow = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = prev
            self._entered = False

    def copy(self):
        c = _new(Context)
        c._vars = self._vars
        c._entered = False
        c._cow = self._cow = True
        return c

    def __getitem__(self, var):
        _check_var(var)
        return self._vars[var]

    def get(self, var, default=None):
        _check_var(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


_new = object.__new__


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f'a ContextVar key was expected, got {var!r}')


_current = Context()


def copy_context():
    """Returns a copy of the current Context."""
    return _current.copy()


class ContextVar:
    """A context variable: its value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init_subclass__(cls, **kw):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        if ctx._cow:
            ctx._vars = ctx._vars.copy()
            ctx._cow = False
        old = ctx._vars.get(self, Token.MISSING)
        ctx._vars[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        if token._ctx is not _current:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if _current._cow:
            _current._vars = _current._vars.copy()
            _current._cow = False
        if token._old is Token.MISSING:
            _current._vars.pop(self, None)
        else:
            _current._vars[self] = token._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        d = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{d} at {id(self):#x}>'

    def __hash__(self):
        return object.__hash__(self)


class _MissingType:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """Returned by ContextVar.set(); ContextVar.reset() restores the previous value."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MissingType()

    def __init__(self, *a, **k):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        t = object.__new__(cls)
        t._ctx = ctx
        t._var = var
        t._old = old
        t._used = False
        return t

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'


for _c in (Context, ContextVar, Token):
    _c.__module__ = '_contextvars'
del _c
