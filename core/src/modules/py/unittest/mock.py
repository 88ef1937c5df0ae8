"""Mock objects that record how they are used, and patch() to swap them in for a test."""

import sys

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'FILTER_DIR', 'seal', 'mock_open',
           'create_autospec', 'AsyncMock')

FILTER_DIR = True


class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """Unique named objects: sentinel.foo is sentinel.foo."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_deleted = sentinel.DELETED


class _AnyObject(object):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = object.__hash__


ANY = _AnyObject()


def _cause(matched):
    return matched if isinstance(matched, Exception) else None


def _spec_signature(spec):
    """The signature calls of a mock specced on spec are matched with (None if none)."""
    import inspect
    try:
        if isinstance(spec, type):
            init = spec.__init__
            sig = inspect.signature(init)
            return sig.replace(parameters=list(sig.parameters.values())[1:])
        if not callable(spec):
            return None
        return inspect.signature(spec)
    except (ValueError, TypeError):
        return None


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _format_args(args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return ', '.join(parts)


def _is_magic(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


# ---------------------------------------------------------------- call objects

class _Call(tuple):
    """A recorded (or expected) call: `call(1, a=2)`, `call.method(3)`."""

    def __new__(cls, args=(), kwargs=None, name='', two=False, chain=None, parent=None):
        kwargs = {} if kwargs is None else kwargs
        value = (args, kwargs) if two else (name, args, kwargs)
        return tuple.__new__(cls, value)

    def __init__(self, args=(), kwargs=None, name='', two=False, chain=None, parent=None):
        self._mock_name = name
        self._mock_args = tuple(args)
        self._mock_kwargs = {} if kwargs is None else kwargs
        self._mock_two = two
        # chain: the name calls/attributes built on this one extend ('a.b()' after
        # call.a.b(1)); parent: what it was built from (for call_list).
        self._mock_chain = name + '()' if chain is None else chain
        self._mock_parent = parent

    @property
    def args(self):
        return self._mock_args

    @property
    def kwargs(self):
        return self._mock_kwargs

    def _parts(self, other):
        """(name, args, kwargs) of something compared with a call; name None if absent."""
        if isinstance(other, _Call):
            return other._mock_name, other._mock_args, other._mock_kwargs
        if not isinstance(other, tuple):
            return None
        if len(other) == 3:
            return other
        if len(other) == 2:
            first, second = other
            if isinstance(first, str):
                if isinstance(second, dict):
                    return first, (), second
                return first, tuple(second), {}
            return None, tuple(first), second
        if len(other) == 1:
            (only,) = other
            if isinstance(only, str):
                return only, (), {}
            if isinstance(only, dict):
                return None, (), only
            return None, tuple(only), {}
        if len(other) == 0:
            return None, (), {}
        return None

    def __eq__(self, other):
        if other is ANY:
            return True
        parts = self._parts(other)
        if parts is None:
            return NotImplemented
        name, args, kwargs = parts
        if (self._mock_name and name is not None and name and not self._mock_two
                and name != self._mock_name):
            return False
        return (tuple(args), kwargs) == (self._mock_args, self._mock_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        chain = self._mock_chain
        return _Call(args, kwargs, name=chain, chain=chain + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mock_') or _is_magic(attr):
            raise AttributeError(attr)
        return _CallBuilder('%s.%s' % (self._mock_chain, attr), self)

    def __repr__(self):
        name = self._mock_name
        if not name:
            head = 'call'
        elif name.startswith('()'):
            head = 'call' + name
        else:
            head = 'call.' + name
        return '%s(%s)' % (head, _format_args(self._mock_args, self._mock_kwargs))

    def call_list(self):
        found = []
        node = self
        while node is not None:
            if isinstance(node, _Call):
                found.append(node)
            node = node._mock_parent
        return _CallList(reversed(found))


class _CallBuilder(object):
    """`call` and `call.name`: attribute access extends the name, calling makes a _Call."""

    def __init__(self, name='', parent=None):
        self._mock_chain = name
        self._mock_parent = parent

    def __getattr__(self, attr):
        if attr.startswith('_mock_') or _is_magic(attr):
            raise AttributeError(attr)
        chain = self._mock_chain
        return _CallBuilder('%s.%s' % (chain, attr) if chain else attr,
                            self if chain else None)

    def __call__(self, *args, **kwargs):
        chain = self._mock_chain
        return _Call(args, kwargs, name=chain, chain=chain + '()',
                     parent=self if chain else None)

    def __eq__(self, other):
        if isinstance(other, _CallBuilder):
            return self._mock_chain == other._mock_chain
        if isinstance(other, _Call):
            return other == (self._mock_chain, (), {})
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        chain = self._mock_chain or 'call'
        return 'call' + chain if chain.startswith('()') else chain


call = _CallBuilder()


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# ---------------------------------------------------------------- mocks

def _can_adopt(parent, value):
    """Whether value may become a child of parent: a parentless mock that is not
    parent itself or one of its ancestors (which would make a cycle)."""
    if not isinstance(value, NonCallableMock) or value._mock_new_parent is not None:
        return False
    node = parent
    while node is not None:
        if node is value:
            return False
        node = node._mock_new_parent
    return True


class NonCallableMock(object):
    """A mock that records attribute access; attributes are mocks themselves."""

    def __new__(cls, *args, **kwargs):
        # Each mock gets its own class so that magic methods can be set per instance;
        # a mock specced on a coroutine function is an AsyncMock under its own name.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kwargs.get('spec_set')
            if spec is None:
                spec = kwargs.get('spec', args[0] if args else None)
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMock, cls)
        own = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_wraps'] = wraps
        d['_mock_children'] = {}
        d['_mock_unsafe'] = unsafe
        d['_mock_sealed'] = False
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['method_calls'] = _CallList()
        d['mock_calls'] = _CallList()
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['call_count'] = 0
        d['called'] = False
        self._mock_add_spec(spec if spec_set is None else spec_set, spec_set is not None)
        self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        spec_class = None
        methods = None
        if spec is not None:
            if isinstance(spec, list):
                methods = spec
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = methods
        d['_spec_asyncs'] = _async_names(spec) if methods is not None else ()
        d['_spec_signature'] = None if methods is None or isinstance(spec, list) else \
            _spec_signature(spec)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    @property
    def __class__(self):
        spec_class = self.__dict__.get('_spec_class')
        if spec_class is None:
            return type(self)
        return spec_class

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = self
        mock.__dict__['_mock_new_parent'] = self
        mock.__dict__['_mock_name'] = attribute
        mock.__dict__['_mock_new_name'] = attribute
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _can_adopt(self, value):
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children', '_spec_class'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(
                ('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if "
                                 "%r is meant to be an attribute." % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            if self._mock_sealed:
                raise AttributeError("%s.%s" % (self._mock_path(), name))
            auto = self.__dict__.get('_mock_autospec')
            if auto is not None:
                result = _autospec_child(self, auto, name)
                children[name] = result
                return result
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ('return_value', 'side_effect') or name.startswith('_mock_'):
            return object.__setattr__(self, name, value)
        if (d.get('_spec_set') and d.get('_mock_methods') is not None
                and name not in d['_mock_methods'] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if _is_magic(name) and name in _all_magics:
            if not isinstance(value, NonCallableMock):
                setattr(type(self), name, _wrap_magic(value))
                d['_mock_children'][name] = value
                return None
            if _can_adopt(self, value):
                value.__dict__['_mock_new_parent'] = self
                value.__dict__['_mock_new_name'] = name
                value.__dict__['_mock_parent'] = self
            d['_mock_children'][name] = value
            setattr(type(self), name, _MagicProxy(name))
            return None
        if _can_adopt(self, value):
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = name
            if value._mock_name is None:
                value.__dict__['_mock_name'] = name
            d['_mock_children'][name] = value
            return None
        if name in d['_mock_children'] and name not in d:
            d['_mock_children'][name] = value
            return None
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in d:
            object.__delattr__(self, name)
        elif d['_mock_children'].get(name) is _deleted:
            raise AttributeError(name)
        d['_mock_children'][name] = _deleted
        return None

    def __dir__(self):
        extras = self._mock_methods or []
        names = [n for n, v in self._mock_children.items() if v is not _deleted]
        base = [n for n in dir(type(self)) if not n.startswith('_')]
        return sorted(set(extras + names + base + list(self.__dict__)))

    def _mock_path(self):
        parts = []
        node = self
        while node._mock_new_parent is not None:
            parts.append(node._mock_new_name)
            node = node._mock_new_parent
        text = node._mock_name or 'mock'
        for part in reversed(parts):
            text += part if part.startswith('()') else '.' + part
        return text

    def __repr__(self):
        name = self._mock_path()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            spec_part = ' %s=%r' % ('spec_set' if self._spec_set else 'spec',
                                     self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def _get_child_mock(self, **kw):
        own = type(self)
        name = kw.get('_new_name')
        if name in self.__dict__.get('_spec_asyncs', ()):
            klass = AsyncMock
        elif issubclass(own, MagicMock) and name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if name in _all_magics or (self._mock_methods and name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif issubclass(own, NonCallableMagicMock) or issubclass(own, MagicMixin):
            klass = MagicMock
        else:
            klass = Mock
        if self._mock_sealed:
            name = kw.get('name') or kw.get('_new_name', '')
            raise AttributeError('%s.%s' % (self._mock_path(), name))
        return klass(**kw)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %r.' % (prefix, self.mock_calls)

    def _call_text(self, args, kwargs):
        return '%s(%s)' % (self._mock_name or 'mock', _format_args(args, kwargs))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        expected = self._call_text(args, kwargs)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        wanted = self._call_matcher(_Call(args, kwargs, two=True))
        if wanted != self._call_matcher(self.call_args):
            actual = self._call_text(self.call_args.args, self.call_args.kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, actual)) from _cause(wanted)

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        calls = list(calls)
        expected = [self._call_matcher(c) for c in calls]
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r'
                                     % (_CallList(calls), self.mock_calls))
            return
        remaining = list(all_calls)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %s in its call list, '
                                 'found %s instead' % (self._mock_name or 'mock',
                                                       tuple(missing), list(all_calls)))

    def assert_any_call(self, *args, **kwargs):
        wanted = self._call_matcher(_Call(args, kwargs, two=True))
        if wanted not in [self._call_matcher(c) for c in self.call_args_list]:
            raise AssertionError('%s call not found' % self._call_text(args, kwargs)
                                 ) from _cause(wanted)

    def _call_matcher(self, kall):
        """kall with its arguments bound to the spec's signature (so f(1, b=2) and
        f(1, 2) compare equal), or the TypeError binding raised; kall itself when there
        is no signature."""
        node = self
        name = kall._mock_name if isinstance(kall, _Call) else ''
        if name and not kall._mock_two:
            for part in name.split('.'):
                if '(' in part:
                    return kall
                node = node.__dict__['_mock_children'].get(part)
                if not isinstance(node, NonCallableMock):
                    return kall
        sig = node.__dict__.get('_spec_signature')
        if sig is None or not isinstance(kall, _Call):
            return kall
        try:
            bound = sig.bind(*kall._mock_args, **kall._mock_kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return _Call(bound.args, bound.kwargs, name=name, two=kall._mock_two)


class CallableMixin(object):
    """What makes a mock callable: records the call, then side_effect / return_value."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _new_name, _new_parent,
                         **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect

    def __call__(self, *args, **kwargs):
        check = self.__dict__.get('_mock_check_sig')
        if check is not None:
            check(*args, **kwargs)
        self._record_call(args, kwargs)
        return self._run_call(args, kwargs)

    def _record_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        kall = _Call(args, kwargs, two=True)
        d['call_args'] = kall
        d['call_args_list'].append(kall)
        self.mock_calls.append(_Call(args, kwargs))
        # Record on every ancestor, named by the path from it down to this mock.
        path = ''
        through_call = False
        node = self
        while node._mock_new_parent is not None:
            segment = node._mock_new_name
            if segment.startswith('()'):
                through_call = True
                path = segment + ('.' + path if path and not path.startswith('()') else path)
            else:
                path = segment + ('.' + path if path and not path.startswith('()') else path)
            node = node._mock_new_parent
            node.mock_calls.append(_Call(args, kwargs, name=path))
            if not through_call:
                node.method_calls.append(_Call(args, kwargs, name=path))

    def _run_call(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object."""


# ---------------------------------------------------------------- magic methods

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
    'enter exit divmod rdivmod neg pos abs invert complex int float index round trunc '
    'floor ceil bool next fspath add sub mul matmul truediv floordiv mod lshift rshift '
    'and xor or pow radd rsub rmul rmatmul rtruediv rfloordiv rmod rlshift rrshift rand '
    'rxor ror rpow iadd isub imul imatmul itruediv ifloordiv imod ilshift irshift iand '
    'ixor ior ipow missing reversed format aenter aexit aiter anext'
)
_all_magics = set('__%s__' % n for n in _magic_names.split())


def _default_for(mock, name):
    defaults = {
        '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
        '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
        '__exit__': False, '__aexit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
        '__index__': 1,
    }
    if name in defaults:
        return defaults[name]
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__iter__':
        return iter([])
    if name == '__fspath__':
        return '%s/%s' % (type(mock).__name__, id(mock))
    if name == '__eq__':
        return NotImplemented
    if name == '__ne__':
        return NotImplemented
    return DEFAULT


def _wrap_magic(func):
    def method(self, *args, **kwargs):
        return func(self, *args, **kwargs)
    return method


class MagicMixin(object):
    """Configures all supported magic methods as mocks with sensible return values."""

    def _mock_set_magics(self):
        own = type(self)
        methods = self.__dict__.get('_mock_methods')
        for name in _all_magics:
            if methods is not None and name not in methods:
                continue
            setattr(own, name, _MagicProxy(name))


class _MagicProxy(object):
    """Class attribute standing for a magic method: reading it on an instance yields the
    mock for that method (created on first use with CPython's default return value)."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        name = self.name
        children = obj._mock_children
        child = children.get(name)
        if child is None:
            child = obj._get_child_mock(name=name, parent=obj, _new_name=name,
                                        _new_parent=obj)
            _configure_magic(obj, child, name)
            children[name] = child
        return child


def _configure_magic(owner, child, name):
    def unless_set(compute):
        def effect(*args):
            if child._mock_return_value is not DEFAULT:
                return DEFAULT
            return compute(*args)
        return effect
    if name == '__eq__':
        child.side_effect = unless_set(lambda other: owner is other)
    elif name == '__ne__':
        child.side_effect = unless_set(lambda other: owner is not other)
    elif name == '__iter__':
        child.side_effect = lambda: iter(
            [] if child._mock_return_value is DEFAULT else child._mock_return_value)
    elif name == '__aiter__':
        child.side_effect = lambda: _AsyncIterator(iter(
            [] if child._mock_return_value is DEFAULT else child._mock_return_value))
    else:
        value = _default_for(owner, name)
        if value is not DEFAULT:
            child.__dict__['_mock_return_value'] = value


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of MagicMock that isn't callable."""

    def __init__(self, *args, **kwargs):
        NonCallableMock.__init__(self, *args, **kwargs)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """Mock with default implementations of most of the magic methods."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        self._mock_set_magics()


_async_method_magics = ('__aenter__', '__aexit__', '__anext__')


def _is_async_func(obj):
    import inspect
    return inspect.iscoroutinefunction(getattr(obj, '__func__', obj))


def _is_async_obj(obj):
    if isinstance(obj, NonCallableMock) and not isinstance(obj, AsyncMock):
        return False
    import inspect
    return _is_async_func(obj) or inspect.isawaitable(obj)


def _async_names(spec):
    """Names of spec's coroutine-function attributes (looked up without running
    properties)."""
    if isinstance(spec, list):
        return ()
    found = set()
    spaces = [getattr(spec, '__dict__', {})] if not isinstance(spec, type) else []
    klass = spec if isinstance(spec, type) else type(spec)
    spaces += [getattr(k, '__dict__', {}) for k in getattr(klass, '__mro__', ())]
    for space in spaces:
        for key, value in list(space.items()):
            if isinstance(key, str) and _is_async_func(value):
                found.add(key)
    return found


class _AsyncIterator(object):
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class AsyncMockMixin(object):
    """Calls return a coroutine; awaiting it records the await and produces
    side_effect / return_value."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()

    def __call__(self, *args, **kwargs):
        check = self.__dict__.get('_mock_check_sig')
        if check is not None:
            check(*args, **kwargs)
        self._record_call(args, kwargs)
        return self._execute_mock_call(args, kwargs)

    async def _execute_mock_call(self, args, kwargs):
        d = self.__dict__
        kall = _Call(args, kwargs, two=True)
        d['await_count'] += 1
        d['await_args'] = kall
        d['await_args_list'].append(kall)
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_async_func(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        wraps = self._mock_wraps
        if wraps is not None:
            if _is_async_func(wraps):
                return await wraps(*args, **kwargs)
            return wraps(*args, **kwargs)
        return self.return_value

    def _await_name(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % self._await_name())

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._await_name(), self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        expected = self._call_text(args, kwargs)
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited' % expected)
        if _Call(args, kwargs, two=True) != self.await_args:
            actual = self._call_text(self.await_args.args, self.await_args.kwargs)
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, actual))

    def assert_awaited_once_with(self, *args, **kwargs):
        self.assert_awaited_once()
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        if _Call(args, kwargs, two=True) not in self.await_args_list:
            raise AssertionError('%s await not found' % self._call_text(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        awaited = _CallList(self.await_args_list)
        if not any_order:
            if expected not in awaited:
                raise AssertionError('Awaits not found.\nExpected: %r\nActual: %r'
                                     % (_CallList(expected), self.await_args_list))
            return
        remaining = list(awaited)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._await_name(), self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return awaitables."""

    def __init__(self, *args, **kwargs):
        AsyncMockMixin.__init__(self, *args, **kwargs)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock meant to be used as a property on a class."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop a mock (and its children) from creating new attributes."""
    mock.__dict__['_mock_sealed'] = True
    for child in list(mock._mock_children.values()):
        if isinstance(child, NonCallableMock):
            seal(child)
    ret = mock.__dict__.get('_mock_return_value')
    if isinstance(ret, NonCallableMock):
        seal(ret)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for open(): the handle reads read_data and records writes."""
    try:
        import io
        file_spec = sorted(set(dir(io.TextIOWrapper)).union(dir(io.BytesIO)))
    except (ImportError, AttributeError):
        file_spec = None
    state = {'data': read_data, 'pos': 0}

    def rest():
        data = state['data']
        return data[state['pos']:]

    def take(n):
        out = rest() if n is None or n < 0 else rest()[:n]
        state['pos'] += len(out)
        return out

    def read(size=-1):
        return take(size)

    def readline(size=-1):
        text = rest()
        newline = '\n' if isinstance(text, str) else b'\n'
        end = text.find(newline)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, size)
        return take(end)

    def readlines(hint=-1):
        lines = []
        while True:
            line = readline()
            if not line:
                return lines
            lines.append(line)

    def iterate():
        while True:
            line = readline()
            if not line:
                return
            yield line

    def next_line():
        line = readline()
        if not line:
            raise StopIteration
        return line

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = iterate
    handle.__next__.side_effect = next_line

    def reset_data(*args, **kwargs):
        state['pos'] = 0
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# ---------------------------------------------------------------- autospec

_FUNCTION_KINDS = (type(_is_magic), type(len), type(object().__str__))


def _signature(obj, skipfirst):
    """The signature calls to a mock of obj are checked against (None: unchecked)."""
    import inspect
    try:
        if isinstance(obj, type):
            obj, skipfirst = obj.__init__, True
            if not isinstance(obj, type(_is_magic)):
                return None
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        return None
    if skipfirst:
        sig = sig.replace(parameters=list(sig.parameters.values())[1:])
    return sig


def _is_function(obj):
    import types
    return isinstance(obj, _FUNCTION_KINDS + (types.MethodType,))


def _must_skip(spec, name, is_type):
    """Whether calls to spec.name leave out the first parameter (self)."""
    if not is_type:
        if name in getattr(spec, '__dict__', {}):
            return False
        spec = type(spec)
    for klass in getattr(spec, '__mro__', ()):
        found = klass.__dict__.get(name, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        return isinstance(found, type(_is_magic)) and is_type
    return is_type


def _instance_callable(klass):
    return any('__call__' in base.__dict__ for base in klass.__mro__ if base is not object)


def _set_check(mock, sig):
    if sig is not None:
        mock.__dict__['_mock_check_sig'] = sig.bind


def _autospec_child(parent, auto, name):
    spec, spec_set, instance = auto
    try:
        original = getattr(spec, name)
    except AttributeError:
        return parent._get_child_mock(parent=parent, name=name, _new_name=name,
                                      _new_parent=parent)
    if _is_function(original):
        klass = AsyncMock if _is_async_func(original) else MagicMock
        child = klass(spec=original, parent=parent, name=name, _new_name=name,
                      _new_parent=parent)
        sig = _signature(original, _must_skip(spec, name, isinstance(spec, type)))
        _set_check(child, sig)
        child.__dict__['_spec_signature'] = sig
        return child
    return create_autospec(original, spec_set, instance, parent, name)


class _AutospecFunction(object):
    """What create_autospec returns for a function: calls are checked against its
    signature, then recorded by the mock behind it (reachable as .mock)."""

    _DELEGATED = ('called', 'call_count', 'call_args', 'call_args_list', 'method_calls',
                  'mock_calls', 'return_value', 'side_effect', 'assert_called_with',
                  'assert_called_once_with', 'assert_has_calls', 'assert_any_call',
                  'reset_mock', 'assert_called', 'assert_not_called',
                  'assert_called_once', 'await_count', 'await_args', 'await_args_list',
                  'assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                  'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                  'assert_not_awaited')

    def __init__(self, func, mock, sig):
        d = self.__dict__
        d['mock'] = mock
        d['_sig'] = sig
        for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
            d[attr] = getattr(func, attr, None)

    def __call__(self, *args, **kwargs):
        if self._sig is not None:
            self._sig.bind(*args, **kwargs)
        return self.mock(*args, **kwargs)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        import types
        return types.MethodType(self, obj)

    def __getattr__(self, name):
        if name in _AutospecFunction._DELEGATED:
            return getattr(self.__dict__['mock'], name)
        raise AttributeError("'function' object has no attribute %r" % name)

    def __setattr__(self, name, value):
        if name in ('return_value', 'side_effect'):
            setattr(self.mock, name, value)
        else:
            self.__dict__[name] = value

    def __repr__(self):
        return '<function %s at %#x>' % (self.__qualname__, id(self))


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with the attributes of spec whose calls are checked against spec's
    signatures (a class's mock returns an autospecced instance)."""
    is_type = isinstance(spec, type)
    if _is_function(spec):
        klass = AsyncMock if _is_async_func(spec) else MagicMock
        mock = klass(spec=spec, parent=_parent, name=_name, _new_name=_name or '',
                         _new_parent=_parent, unsafe=unsafe, **kwargs)
        sig = _signature(spec, False)
        if _parent is not None:
            _set_check(mock, sig)
            return mock
        return _AutospecFunction(spec, mock, sig)
    key = 'spec_set' if spec_set else 'spec'
    settings = {key: spec}
    settings.update(kwargs)
    if not callable(spec) or (is_type and instance and not _instance_callable(spec)):
        klass = NonCallableMagicMock
    else:
        klass = MagicMock
    if is_type and instance and klass is MagicMock:
        settings.pop(key)
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_name or '', name=_name,
                 unsafe=unsafe, **settings)
    if is_type and instance and klass is MagicMock:
        mock._mock_add_spec(spec, bool(spec_set))
        mock.__dict__['_spec_signature'] = None
    mock.__dict__['_mock_autospec'] = (spec, spec_set, instance)
    if klass is MagicMock:
        if is_type and not instance:
            _set_check(mock, _signature(spec, True))
        elif is_type:
            _set_check(mock, _signature(getattr(spec, '__call__', None), True))
        else:
            _set_check(mock, _signature(spec, False))
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, True, _name='()',
                                            _parent=mock)
    return mock


# ---------------------------------------------------------------- patch

def _resolve(dotted):
    """The object named by a dotted path, importing modules along the way."""
    names = dotted.split('.')
    path = names[0]
    found = __import__(path)
    for name in names[1:]:
        path = path + '.' + name
        if not hasattr(found, name):
            __import__(path)
        found = getattr(found, name)
    return found


_KEEP_ON_EXIT = ('__doc__', '__module__', '__defaults__', '__annotations__',
                 '__kwdefaults__')


class _patch(object):
    """Replaces one attribute while active (as decorator, context manager or by
    start()/stop()); patch.multiple chains several in `siblings`."""

    def __init__(self, owner_of, attribute, new, create, new_callable, kwargs):
        if new is not DEFAULT and new_callable is not None:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self._owner_of = owner_of
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.create = create
        self.kwargs = kwargs
        self.autospec = None
        self.keyword = None        # patch.multiple: pass the mock as this keyword
        self.siblings = []
        self._saved = None         # (owner, previous value or DEFAULT, was it own?)

    def copy(self):
        twin = _patch(self._owner_of, self.attribute, self.new, self.create,
                      self.new_callable, self.kwargs)
        twin.keyword = self.keyword
        twin.autospec = self.autospec
        twin.siblings = [sib.copy() for sib in self.siblings]
        return twin

    def __call__(self, func):
        if not isinstance(func, type):
            return _with_patches(func, self)
        for name in dir(func):
            member = getattr(func, name)
            if name.startswith(patch.TEST_PREFIX) and callable(member):
                setattr(func, name, self.copy()(member))
        return func

    def _replacement(self, original):
        if self.new is not DEFAULT:
            return self.new
        if self.autospec is not None and self.autospec is not False:
            spec = original if self.autospec is True else self.autospec
            return create_autospec(spec, _name=self.attribute, **self.kwargs)
        factory = self.new_callable
        if factory is None:
            async_spec = (original is not DEFAULT and 'spec' not in self.kwargs
                          and 'spec_set' not in self.kwargs and _is_async_obj(original))
            factory = AsyncMock if async_spec else MagicMock
        return factory(**self.kwargs)

    def __enter__(self):
        owner = self._owner_of()
        name = self.attribute
        own = getattr(owner, '__dict__', None)
        if own is not None and name in own:
            before, is_own = own[name], True
        else:
            before, is_own = getattr(owner, name, DEFAULT), False
        if before is DEFAULT and not self.create:
            raise AttributeError('%s does not have the attribute %r' % (owner, name))
        value = self._replacement(before)
        setattr(owner, name, value)
        self._saved = (owner, before, is_own)
        if self.keyword is None:
            return value
        given = {self.keyword: value} if self.new is DEFAULT else {}
        for sib in self.siblings:
            got = sib.__enter__()
            if sib.new is DEFAULT:
                given.update(got)
        return given

    def __exit__(self, *exc_info):
        if self._saved is None:
            return None
        owner, before, is_own = self._saved
        self._saved = None
        name = self.attribute
        if is_own and before is not DEFAULT:
            setattr(owner, name, before)
        else:
            delattr(owner, name)
            # Some attributes cannot stay deleted (or were inherited): put them back.
            if not self.create and (name in _KEEP_ON_EXIT or not hasattr(owner, name)):
                setattr(owner, name, before)
        for sib in reversed(self.siblings):
            sib.__exit__(*exc_info)
        return None

    def start(self):
        value = self.__enter__()
        _running.append(self)
        return value

    def stop(self):
        if self in _running:
            _running.remove(self)
        return self.__exit__(None, None, None)


def _with_patches(func, patcher):
    """func wrapped so that its patches are active during each call; applying more
    patch decorators adds to the same wrapper (innermost first)."""
    if hasattr(func, 'patchings'):
        func.patchings.append(patcher)
        return func

    def patched(*args, **kwargs):
        more = []
        active = []
        try:
            for each in patched.patchings:
                value = each.__enter__()
                active.append(each)
                if each.keyword is not None:
                    kwargs.update(value)
                elif each.new is DEFAULT:
                    more.append(value)
            return func(*args, *more, **kwargs)
        finally:
            info = sys.exc_info()
            while active:
                active.pop().__exit__(*info)
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(func, name):
            setattr(patched, name, getattr(func, name))
    patched.__wrapped__ = func
    patched.patchings = [patcher]
    return patched


_running = []


def _spec_kwargs(kwargs, spec, spec_set):
    if spec is not None:
        kwargs['spec'] = spec
    if spec_set is not None:
        kwargs['spec_set'] = spec_set
    return kwargs


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Patch the object named by `target` (a dotted string) for a test."""
    if not isinstance(target, str) or '.' not in target:
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    where, _, attribute = target.rpartition('.')
    return _autospec_patch(_patch(lambda: _resolve(where), attribute, new, create,
                                  new_callable, _spec_kwargs(kwargs, spec, spec_set)),
                           autospec)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _autospec_patch(_patch(lambda: target, attribute, new, create, new_callable,
                                  _spec_kwargs(kwargs, spec, spec_set)), autospec)


def _autospec_patch(patcher, autospec):
    if autospec is not None:
        if patcher.new is not DEFAULT:
            raise TypeError("Can't specify new and autospec")
        if patcher.new_callable is not None:
            raise TypeError("Cannot use 'autospec' and 'new_callable' together")
        patcher.autospec = autospec
    return patcher


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    if type(target) is str:
        def owner_of():
            return _resolve(target)
    else:
        def owner_of():
            return target
    chain = []
    for name, value in kwargs.items():
        one = _patch(owner_of, name, value, create, new_callable, {})
        one.keyword = name
        chain.append(one)
    chain[0].siblings = chain[1:]
    return chain[0]


class _patch_dict(object):
    """Patch a dictionary (or mapping) for the duration of a test, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values, **kwargs)
        self.clear = clear
        self._backup = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                member = getattr(f, name)
                if name.startswith(patch.TEST_PREFIX) and callable(member):
                    again = _patch_dict(self.in_dict, self.values, self.clear)
                    setattr(f, name, again(member))
            return f

        def patched(*args, **kw):
            with self:
                return f(*args, **kw)
        patched.__name__ = getattr(f, '__name__', 'patched')
        patched.__wrapped__ = f
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve(self.in_dict)
        target = self.in_dict
        self._backup = target.copy()
        if self.clear:
            target.clear()
        target.update(self.values)
        return target

    def __exit__(self, *args):
        if self._backup is not None:
            self.in_dict.clear()
            self.in_dict.update(self._backup)
            self._backup = None
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_stopall():
    for active in reversed(list(_running)):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
