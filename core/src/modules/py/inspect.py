"""Get useful information from live Python objects."""

import sys
import types
import enum
from _functools import partial as _partial

# collections (namedtuple, OrderedDict) is imported on first use: most importers only
# want the predicates.

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
    'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable',
    'istraceback', 'isframe', 'iscode', 'isbuiltin', 'isroutine', 'isabstract',
    'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor',
    'ismethodwrapper', 'getmembers', 'getmembers_static', 'getmro', 'getdoc', 'cleandoc',
    'getmodule', 'getfile', 'getsourcefile', 'getsourcelines', 'getsource', 'signature',
    'Signature', 'Parameter', 'BoundArguments', 'getfullargspec', 'FullArgSpec',
    'currentframe', 'unwrap', 'formatannotation', 'getattr_static', 'getcallargs',
    'getclosurevars', 'ClosureVars', 'get_annotations', 'getmodulename', 'stack', 'trace',
    'getframeinfo', 'getouterframes', 'getcomments', 'getargs', 'getclasstree',
    'classify_class_attrs', 'getinnerframes', 'getlineno', 'FrameInfo', 'Traceback',
    'getgeneratorstate', 'getcoroutinestate', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED',
    'GEN_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
    'getargvalues', 'formatargvalues', 'ArgInfo',
]

# code object flag bits (co_flags)
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---------------------------------------------------------------- predicates

def _instance_test(name, kind, what):
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'Return true if the object is ' + what + '.'
    return test


ismodule = _instance_test('ismodule', types.ModuleType, 'a module')
isclass = _instance_test('isclass', type, 'a class')
ismethod = _instance_test('ismethod', types.MethodType, 'an instance method')
isfunction = _instance_test('isfunction', types.FunctionType, 'a user-defined function')
isgenerator = _instance_test('isgenerator', types.GeneratorType, 'a generator')
iscoroutine = _instance_test('iscoroutine', types.CoroutineType, 'a coroutine')
isasyncgen = _instance_test('isasyncgen', types.AsyncGeneratorType, 'an async generator')
istraceback = _instance_test('istraceback', types.TracebackType, 'a traceback')
isframe = _instance_test('isframe', types.FrameType, 'a frame')
iscode = _instance_test('iscode', types.CodeType, 'a code object')
isbuiltin = _instance_test('isbuiltin', types.BuiltinFunctionType, 'a builtin function')
ismethodwrapper = _instance_test('ismethodwrapper', types.MethodWrapperType,
                                 'a method wrapper')
ismemberdescriptor = _instance_test('ismemberdescriptor', types.MemberDescriptorType,
                                    'a member descriptor')
isgetsetdescriptor = _instance_test('isgetsetdescriptor', types.GetSetDescriptorType,
                                    'a getset descriptor')


def _strip_wrappers(func):
    # bound methods and functools.partial objects down to the function inside
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, _partial):
            func = func.func
        else:
            return func


def _code_flag_test(name, bit, what):
    def test(obj):
        inner = _strip_wrappers(obj)
        if isfunction(inner) or _looks_like_function(inner):
            return bool(inner.__code__.co_flags & bit)
        return False
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'Return true if the object is ' + what + ' function.'
    return test


isgeneratorfunction = _code_flag_test('isgeneratorfunction', CO_GENERATOR, 'a generator')
iscoroutinefunction = _code_flag_test('iscoroutinefunction', CO_COROUTINE, 'a coroutine')
isasyncgenfunction = _code_flag_test('isasyncgenfunction', CO_ASYNC_GENERATOR,
                                     'an async generator')


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType) or hasattr(type(object), '__await__'):
        return True
    return isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)


def _plain_callable(obj):
    return isclass(obj) or ismethod(obj) or isfunction(obj)


def ismethoddescriptor(object):
    """Return true for descriptors with __get__ but no __set__ (not for functions)."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """Return true for descriptors defining __set__ or __delete__."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isroutine(object):
    """Return true for any kind of function or method."""
    tests = (isbuiltin, isfunction, ismethod, ismethoddescriptor, ismethodwrapper)
    return any(test(object) for test in tests)


def isabstract(object):
    """Return true if the object is an abstract base class with abstract methods."""
    if not isinstance(object, type):
        return False
    own = vars(object)
    recorded = own.get('__abstractmethods__')
    if isinstance(recorded, (set, frozenset)):
        return bool(recorded)
    import abc
    if '__abstractmethods__' in own or not isinstance(object, abc.ABCMeta):
        return False
    # Called before ABCMeta.__new__ recorded the set (from __init_subclass__):
    # work it out from the namespace and the bases.
    if any(getattr(v, '__isabstractmethod__', False) for v in own.values()):
        return True
    inherited = {n for b in object.__bases__ for n in getattr(b, '__abstractmethods__', ())}
    return any(getattr(getattr(object, n, None), '__isabstractmethod__', False)
               for n in inherited)


# ---------------------------------------------------------------- members

_MISSING = object()


def _from_dicts(classes, name):
    for klass in classes:
        space = klass.__dict__
        if name in space:
            return space[name]
    return _MISSING


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    chain = (object,) + object.__mro__ if isclass(object) else ()
    names = list(dir(object))
    if isclass(object):
        # values behind a metaclass DynamicClassAttribute live in the bases' dicts
        for base in getattr(object, '__bases__', ()):
            names.extend(k for k, v in base.__dict__.items()
                         if isinstance(v, types.DynamicClassAttribute))
    pairs = []
    done = set()
    for name in names:
        value = _MISSING
        if name not in done:
            try:
                value = getattr(object, name)
            except AttributeError:
                pass
        if value is _MISSING:
            # a name met twice, or one getattr() refuses: read the class dicts
            value = _from_dicts(chain, name)
            if value is _MISSING:
                continue
        if predicate is None or predicate(value):
            pairs.append((name, value))
        done.add(name)
    pairs.sort(key=lambda item: item[0])
    return pairs


def getmembers_static(object, predicate=None):
    """Like getmembers(), without triggering descriptors or __getattr__."""
    pairs = []
    for name in dir(object):
        value = getattr_static(object, name, _MISSING)
        if value is not _MISSING and (predicate is None or predicate(value)):
            pairs.append((name, value))
    pairs.sort(key=lambda item: item[0])
    return pairs


def getattr_static(obj, attr, default=_MISSING):
    """Look an attribute up without running descriptors or __getattr__."""
    if isclass(obj):
        value = _from_dicts(obj.__mro__, attr)
        if value is _MISSING:
            value = _from_dicts(type(obj).__mro__, attr)
    else:
        from_type = _from_dicts(type(obj).__mro__, attr)
        try:
            own = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            own = None
        if from_type is not _MISSING and isdatadescriptor(from_type):
            value = from_type
        elif isinstance(own, dict) and attr in own:
            value = own[attr]
        else:
            value = from_type
    if value is not _MISSING:
        return value
    if default is _MISSING:
        raise AttributeError(attr)
    return default


def getmro(cls):
    """Return the class and its bases in method resolution order."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the last object."""
    start = func
    visited = {id(func)}
    cap = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in visited or len(visited) >= cap:
            raise ValueError(f'wrapper loop when unwrapping {start!r}')
        visited.add(id(func))
    return func


def cleandoc(doc):
    """Clean up indentation from docstrings."""
    head, *rest = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(indents) if indents else 0
    lines = [head.lstrip()] + [line[cut:] for line in rest]
    while lines and not lines[-1]:
        del lines[-1]
    while lines and not lines[0]:
        del lines[0]
    return '\n'.join(lines)


def _owner_class(func):
    # The class a function was defined in, found by walking its __qualname__.
    place = sys.modules.get(func.__module__)
    if place is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        place = getattr(place, part)
    return place if isclass(place) else None


def _inherited_doc(obj):
    if isclass(obj):
        for klass in obj.__mro__:
            if klass is object:
                continue
            text = getattr(klass, '__doc__', None)
            if text is not None:
                return text
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner)
                and getattr(getattr(owner, name, None), '__func__') is obj.__func__):
            owner = type(owner)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if not (isclass(owner) and f'{owner.__qualname__}.{name}' == obj.__qualname__):
            owner = type(owner)
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _owner_class(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
    else:
        return None
    for klass in owner.__mro__:
        text = getattr(getattr(klass, name, None), '__doc__', None)
        if text is not None:
            return text
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc()."""
    try:
        text = object.__doc__
    except AttributeError:
        return None
    if text is None:
        try:
            text = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    return cleandoc(text) if isinstance(text, str) else None


def getmodulename(path):
    """Return the module name for a given file, or None."""
    base = path.rpartition('/')[2]
    for ext in ('.py', '.pyc'):
        if base.endswith(ext):
            return base[:-len(ext)]
    return None


def _code_of(obj):
    # method -> function -> code; traceback -> frame -> code
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        return obj.f_code
    if iscode(obj):
        return obj
    raise TypeError('module, class, method, function, traceback, frame, or code object '
                    f'was expected, got {type(obj).__name__}')


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        where = getattr(object, '__file__', None)
        if where:
            return where
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            where = getattr(sys.modules.get(object.__module__), '__file__', None)
            if where:
                return where
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    return _code_of(object).co_filename


def getsourcefile(object):
    """The file holding an object's source, or None when there is none to read."""
    import os, linecache
    filename = getfile(object)
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    return None


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if isframe(object):
        return sys.modules.get(object.f_globals.get('__name__'))
    if istraceback(object) and object.tb_frame is not None:
        return getmodule(object.tb_frame)
    if hasattr(object, '__module__') and not iscode(object):
        return sys.modules.get(object.__module__)
    try:
        where = getfile(object)
    except TypeError:
        return None
    return next((m for m in list(sys.modules.values())
                 if getattr(m, '__file__', None) == where), None)


def _file_lines(object):
    import linecache
    where = getsourcefile(object)
    if where:
        linecache.checkcache(where)
    else:
        where = getfile(object)
        if not (where.startswith('<') and where.endswith('>')):
            raise OSError('source code not available')
    text = linecache.getlines(where)
    if not text:
        raise OSError('could not get source code')
    return text


def _indent_of(line):
    return len(line) - len(line.lstrip())


def _block_end(lines, start):
    # Index after the last line of the block whose header begins at lines[start].
    limit = _indent_of(lines[start])
    # The header (decorators first) ends on the first line outside any brackets that
    # is neither a decorator nor continued with a backslash.
    pos = start
    depth = 0
    while pos < len(lines):
        text = lines[pos]
        depth += sum(text.count(c) for c in '([{') - sum(text.count(c) for c in ')]}')
        stripped = text.strip()
        pos += 1
        if depth <= 0 and stripped and not stripped.startswith('@') \
                and not stripped.endswith('\\'):
            break
    end = pos
    for index in range(pos, len(lines)):
        if not lines[index].strip():
            continue
        if _indent_of(lines[index]) <= limit:
            break
        end = index + 1
    return end


def getsourcelines(object):
    """Return a list of source lines and starting line number for an object."""
    object = unwrap(object)
    lines = _file_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        header = re.compile(r'\s*class\s*' + object.__name__ + r'\b')
        first = next((i for i, line in enumerate(lines) if header.match(line)), None)
        if first is None:
            raise OSError('could not find class definition')
    else:
        code = _code_of(object)
        first = code.co_firstlineno - 1
        if code.co_name == '<lambda>':
            return [lines[first]], first + 1
    if first >= len(lines):
        raise OSError('could not get source code')
    return lines[first:_block_end(lines, first)], first + 1


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a module's
    source), as one string; None when there are none or no source."""
    try:
        lines = _file_lines(object)
        start = 0 if ismodule(object) else getsourcelines(object)[1] - 1
    except (OSError, TypeError):
        return None
    if ismodule(object):
        at = 1 if lines and lines[0].startswith('#!') else 0
        while at < len(lines) and lines[at].strip() in ('', '#'):
            at += 1
        found = []
        while at < len(lines) and lines[at].startswith('#'):
            found.append(lines[at].expandtabs())
            at += 1
        return ''.join(found) or None
    if start <= 0:
        return None
    indent = _indent_of(lines[start].expandtabs())
    found = []
    at = start - 1
    while at >= 0:
        line = lines[at].expandtabs()
        if not line.lstrip().startswith('#') or _indent_of(line) != indent:
            break
        found.insert(0, line.lstrip())
        at -= 1
    while found and found[0].strip() == '#':
        del found[0]
    while found and found[-1].strip() == '#':
        del found[-1]
    return ''.join(found) if found else None


def getsource(object):
    """Return the text of the source code for an object."""
    return ''.join(getsourcelines(object)[0])


# ---------------------------------------------------------------- frames

def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    if hasattr(sys, '_getframe'):
        return sys._getframe(1)
    return None


GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


def _state(running, suspended, frame, names):
    if running:
        return names[1]
    if suspended:
        return names[2]
    return names[3] if frame is None else names[0]


def getgeneratorstate(generator):
    """Get current state of a generator-iterator."""
    return _state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                  (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object."""
    return _state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                  (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = generator.gi_frame
    return {} if frame is None else frame.f_locals


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame ({} once it finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    return {} if frame is None else frame.f_locals


_RECORDS = {
    'Traceback': 'filename lineno function code_context index',
    'FrameInfo': 'frame filename lineno function code_context index',
    'ArgInfo': 'args varargs keywords locals',
    'FullArgSpec': 'args varargs varkw defaults kwonlyargs kwonlydefaults annotations',
    'ClosureVars': 'nonlocals globals builtins unbound',
    'Attribute': 'name kind defining_class object',
    'Arguments': 'args varargs varkw',
}


def _record(name):
    # named tuple classes are made on first use (collections is a heavy import)
    made = globals().get(name)
    if made is None:
        from collections import namedtuple
        made = globals()[name] = namedtuple(name, _RECORDS[name])
    return made


def __getattr__(name):
    if name in _RECORDS:
        return _record(name)
    raise AttributeError(f"module 'inspect' has no attribute {name!r}")


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    count = co.co_argcount + co.co_kwonlyargcount
    names = co.co_varnames
    varargs = varkw = None
    if co.co_flags & 0x04:
        varargs = names[count]
        count_after = count + 1
    else:
        count_after = count
    if co.co_flags & 0x08:
        varkw = names[count_after]
    return _record('Arguments')(list(names[:count]), varargs, varkw)


def getclasstree(classes, unique=False):
    """The classes arranged as nested lists by inheritance: each (class, bases) entry
    is followed by a list of the entries for its subclasses among them."""
    below = {}
    tops = []
    for klass in classes:
        if klass.__bases__:
            for base in klass.__bases__:
                below.setdefault(base, [])
                if klass not in below[base]:
                    below[base].append(klass)
                if unique and base in classes:
                    break
        elif klass not in tops:
            tops.append(klass)
    for base in below:
        if base not in classes:
            tops.append(base)

    def level(members):
        members = sorted(members, key=lambda k: (k.__module__, k.__name__))
        out = []
        for klass in members:
            out.append((klass, klass.__bases__))
            if klass in below:
                out.append(level(below[klass]))
        return out
    return level(tops)


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each name in dir(cls); kind
    is 'class method', 'static method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    meta = getmro(type(cls))
    found = []
    for name in dir(cls):
        home = None
        raw = None
        for base in mro + tuple(k for k in meta if k not in mro):
            space = base.__dict__
            if name in space:
                home, raw = base, space[name]
                break
        try:
            value = getattr(cls, name)
        except AttributeError:
            value = raw
        if home is None:
            home = cls
            raw = value
        if isinstance(raw, staticmethod) or name == '__new__' and isbuiltin(raw):
            kind, obj = 'static method', raw
        elif isinstance(raw, classmethod) or type(raw).__name__ == 'classmethod_descriptor':
            kind, obj = 'class method', raw
        elif isinstance(raw, property):
            kind, obj = 'property', raw
        elif isroutine(value):
            kind, obj = 'method', raw
        else:
            kind, obj = 'data', raw
        found.append(_record('Attribute')(name, kind, home, obj))
    return found


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object."""
    if istraceback(frame):
        line = frame.tb_lineno
        code = frame._code if frame.tb_frame is None else frame.tb_frame.f_code
    elif isframe(frame):
        line, code = frame.f_lineno, frame.f_code
    else:
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    shown = position = None
    if context > 0:
        import linecache
        text = linecache.getlines(code.co_filename)
        if text:
            first = max(0, min(line - 1 - context // 2, len(text) - context))
            shown = text[first:first + context]
            position = line - 1 - first
    return _record('Traceback')(code.co_filename, line, code.co_name, shown, position)


def getargvalues(frame):
    """Get information about arguments passed into a particular frame."""
    code = frame.f_code
    if not iscode(code):
        raise TypeError(f'{code!r} is not a code object')
    slots = code.co_varnames
    count = code.co_argcount + code.co_kwonlyargcount
    star = double = None
    if code.co_flags & CO_VARARGS:
        star = slots[count]
    if code.co_flags & CO_VARKEYWORDS:
        double = slots[count + (star is not None)]
    return _record('ArgInfo')(list(slots[:count]), star, double, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format the four values returned by getargvalues()."""
    pieces = [formatarg(a) + formatvalue(locals[a]) for a in args]
    for name, style in ((varargs, formatvarargs), (varkw, formatvarkw)):
        if name:
            pieces.append(style(name) + formatvalue(locals[name]))
    return '(%s)' % ', '.join(pieces)


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def _walk(start, step, frame_of, context):
    make = _record('FrameInfo')
    out = []
    item = start
    while item:
        out.append(make(frame_of(item), *getframeinfo(item, context)))
        item = step(item)
    return out


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all its callers."""
    return _walk(frame, lambda f: f.f_back, lambda f: f, context)


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and all frames below it."""
    return _walk(tb, lambda t: t.tb_next, lambda t: t.tb_frame, context)


def stack(context=1):
    """FrameInfo records for the caller's frame and the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records from the current exception's traceback."""
    return getinnerframes(sys.exc_info()[2], context)


def getclosurevars(func):
    """Get the mapping of free variables to their current values."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_values = {n: c.cell_contents for n, c in zip(code.co_freevars, cells)}
    module_ns = func.__globals__
    builtin_ns = module_ns.get('__builtins__', {})
    if ismodule(builtin_ns):
        builtin_ns = vars(builtin_ns)
    from_module, from_builtins, unresolved = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in module_ns:
            from_module[name] = module_ns[name]
        elif name in builtin_ns:
            from_builtins[name] = builtin_ns[name]
        else:
            unresolved.add(name)
    return _record('ClosureVars')(nonlocal_values, from_module, from_builtins, unresolved)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__')
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        home_globals = getattr(sys.modules.get(obj.__module__), '__dict__', None)
        home_locals = dict(vars(obj))
        origin = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        home_globals, home_locals, origin = vars(obj), None, None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        home_globals, home_locals, origin = getattr(obj, '__globals__', None), None, obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not eval_str or not found:
        return dict(found)
    if origin is not None:
        while True:
            if hasattr(origin, '__wrapped__'):
                origin = origin.__wrapped__
            elif isinstance(origin, _partial):
                origin = origin.func
            else:
                break
        home_globals = getattr(origin, '__globals__', home_globals)
    scope_g = home_globals if globals is None else globals
    scope_l = home_locals if locals is None else locals
    return {k: eval(v, scope_g, scope_l) if isinstance(v, str) else v
            for k, v in found.items()}


# ---------------------------------------------------------------- signatures

class _void:
    """Marker: argument not given (to replace())."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_KIND_WORDS = ('positional-only', 'positional or keyword', 'variadic positional',
               'keyword-only', 'variadic keyword')


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def description(self):
        return _KIND_WORDS[self._value_]

    def __str__(self):
        return self._name_


_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = \
    _ParameterKind
_POSITIONAL_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)


def _strip_typing_prefix(text):
    # 'typing.List[typing.Any]' -> 'List[Any]'
    out = []
    word = ''
    for ch in text + '\0':
        if ch.isalnum() or ch in '_.':
            word += ch
            continue
        out.append(word[7:] if word.startswith('typing.') else word)
        out.append(ch)
        word = ''
    return ''.join(out)[:-1]


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        home = annotation.__module__
        if home in ('builtins', base_module):
            return annotation.__qualname__
        return f'{home}.{annotation.__qualname__}'
    return repr(annotation)


def formatannotationrelativeto(object):
    home = getattr(object, '__module__', None)
    return lambda annotation: formatannotation(annotation, home)


class Parameter:
    """Represents a parameter in a function signature."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD = \
        _ParameterKind

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # implicit arguments of comprehensions and generator expressions ('.0')
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {kind.description}')
            kind, name = _POSITIONAL_ONLY, 'implicit' + name[1:]
        import keyword
        if keyword.iskeyword(name) or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Return a copy with some fields changed."""
        def pick(given, current):
            return current if given is _void else given
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        prefix = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return prefix + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter):
            return self._key() == other._key()
        return NotImplemented


class BoundArguments:
    """Result of Signature.bind call: maps parameter names to argument values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _call_form(self):
        # Positional values run until a keyword-only parameter or a positional one
        # with no value; from then on everything is passed by keyword.
        positional, keywords = [], {}
        keyword_mode = False
        for name, param in self._signature.parameters.items():
            kind = param.kind
            keyword_mode = keyword_mode or kind >= _KEYWORD_ONLY or name not in self.arguments
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if kind == _VAR_KEYWORD:
                keywords.update(value)
            elif kind == _VAR_POSITIONAL:
                if not keyword_mode:
                    positional += value
            elif keyword_mode:
                keywords[name] = value
            else:
                positional.append(value)
        return tuple(positional), keywords

    @property
    def args(self):
        return self._call_form()[0]

    @property
    def kwargs(self):
        return self._call_form()[1]

    def apply_defaults(self):
        """Fill in default values (and empty *args/**kwargs) for missing arguments."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return (self._signature, self.arguments) == (other._signature, other.arguments)
        return NotImplemented

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


def _looks_like_function(obj):
    # duck-typed functions (e.g. compiled with Cython) carry the same attributes
    if isclass(obj) or not callable(obj):
        return False
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    notes = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (notes is None or isinstance(notes, dict)))


def _function_signature(sigcls, func, globals=None, locals=None, eval_str=False):
    duck = not isfunction(func)
    if duck and not _looks_like_function(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    slots = list(code.co_varnames)
    n_pos, n_kwonly = code.co_argcount, code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_pos - len(defaults)
    params = []

    def add(name, kind, default=_empty):
        params.append(Parameter(name, kind, default=default,
                                annotation=notes.get(name, _empty)))

    for index in range(n_pos):
        kind = _POSITIONAL_ONLY if index < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD
        add(slots[index], kind,
            defaults[index - first_default] if index >= first_default else _empty)
    next_slot = n_pos + n_kwonly
    if code.co_flags & CO_VARARGS:
        add(slots[next_slot], _VAR_POSITIONAL)
        next_slot += 1
    for name in slots[n_pos:n_pos + n_kwonly]:
        add(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty))
    if code.co_flags & CO_VARKEYWORDS:
        add(slots[next_slot], _VAR_KEYWORD)
    return sigcls(params, return_annotation=notes.get('return', _empty),
                  __validate_parameters__=duck)


def _without_first(sig):
    """The signature seen through a bound method: the first parameter is taken."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind in _POSITIONAL_KINDS:
        del params[0]
    elif params[0].kind != _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _partial_signature(inner, part):
    keywords = part.keywords or {}
    try:
        given = inner.bind_partial(*(part.args or ()), **keywords).arguments
    except TypeError as err:
        raise ValueError(f'partial object {part!r} has incorrect arguments') from err
    kept = []
    keyword_only_now = False
    for param in inner.parameters.values():
        kind = param.kind
        if param.name in given and kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if param.name in keywords:
                # a keyword given to partial() becomes a default, and every
                # positional-or-keyword parameter after it keyword-only
                if kind == _POSITIONAL_OR_KEYWORD:
                    kind = _KEYWORD_ONLY
                    keyword_only_now = True
                kept.append(param.replace(kind=kind, default=given[param.name]))
            continue
        if keyword_only_now:
            if kind == _VAR_POSITIONAL:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        kept.append(param)
    return inner.replace(parameters=kept)


def _type_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


class _SigMaker:
    # Carries the options of one signature() request through the recursion.

    def __init__(self, sigcls, follow, skip_bound, globals, locals, eval_str):
        self.sigcls = sigcls
        self.follow = follow
        self.skip_bound = skip_bound
        self.scope = dict(globals=globals, locals=locals, eval_str=eval_str)

    def bound(self, sig):
        return _without_first(sig) if self.skip_bound else sig

    def make(self, obj):
        if not callable(obj):
            raise TypeError(f'{obj!r} is not a callable object')
        if isinstance(obj, types.MethodType):
            return self.bound(self.make(obj.__func__))
        if self.follow:
            obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
            if isinstance(obj, types.MethodType):
                return self.make(obj)
        preset = getattr(obj, '__signature__', None)
        if preset is not None:
            if not isinstance(preset, Signature):
                raise TypeError(f'unexpected object {preset!r} in __signature__ attribute')
            return preset
        if isfunction(obj) or _looks_like_function(obj):
            return _function_signature(self.sigcls, obj, **self.scope)
        if isinstance(obj, _partial):
            return _partial_signature(self.make(obj.func), obj)
        if isinstance(obj, type):
            return self.of_class(obj)
        if not isinstance(obj, (types.BuiltinFunctionType, types.MethodDescriptorType,
                                types.WrapperDescriptorType, types.MethodWrapperType)):
            call = _type_attr(type(obj), '__call__')
            if call is not None:
                try:
                    return self.bound(self.make(call))
                except ValueError as err:
                    raise ValueError(f'no signature found for {obj!r}') from err
        if obj is object:
            return self.sigcls([])
        if isbuiltin(obj) or ismethoddescriptor(obj):
            raise ValueError(f'no signature found for builtin {obj!r}')
        raise ValueError(f'callable {obj!r} is not supported by signature')

    def of_class(self, cls):
        meta_call = _type_attr(type(cls), '__call__')
        if isfunction(meta_call):
            # a metaclass with its own __call__ decides what calling the class takes
            return self.bound(self.make(meta_call))
        for klass in cls.__mro__:
            if klass is object:
                break
            ctor = klass.__dict__.get('__new__')
            if isinstance(ctor, staticmethod):
                ctor = ctor.__func__
            init = klass.__dict__.get('__init__')
            for candidate in (ctor, init):
                if isfunction(candidate) or _looks_like_function(candidate):
                    return self.bound(self.make(candidate))
            if ctor is not None or init is not None:
                raise ValueError(f'no signature found for builtin type {cls!r}')
        return self.sigcls([])


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    maker = _SigMaker(sigcls, follow_wrapper_chains, skip_bound_arg, globals, locals,
                      eval_str)
    return maker.make(obj)


class Signature:
    """The call signature of a function: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        from collections import OrderedDict
        table = OrderedDict()
        highest = _POSITIONAL_ONLY
        defaulted = False
        for param in parameters or ():
            if __validate_parameters__:
                kind = param.kind
                if kind < highest:
                    raise ValueError(f'wrong parameter order: {highest.description} '
                                     f'parameter before {kind.description} parameter')
                highest = kind
                if kind in _POSITIONAL_KINDS:
                    if param.default is not _empty:
                        defaulted = True
                    elif defaulted:
                        raise ValueError('non-default argument follows default argument')
                if param.name in table:
                    raise ValueError(f'duplicate parameter name: {param.name!r}')
            table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Build the Signature of a callable."""
        return _SigMaker(cls, follow_wrapped, True, globals, locals, eval_str).make(obj)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Return a copy with the parameters and/or return annotation changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        # keyword-only parameters compare regardless of their order
        values = self._parameters.values()
        ordered = tuple(p for p in values if p.kind != _KEYWORD_ONLY)
        loose = {p.name: p for p in values if p.kind == _KEYWORD_ONLY}
        return ordered, loose, self._return_annotation

    def __hash__(self):
        ordered, loose, returns = self._identity()
        return hash((ordered, frozenset(loose.values()), returns))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._identity() == other._identity()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        params = list(self._parameters.values())
        kinds = [p.kind for p in params]
        if _VAR_POSITIONAL not in kinds:
            if len(args) > sum(k in _POSITIONAL_KINDS for k in kinds):
                raise TypeError('too many positional arguments')
        extra = dict(kwargs)
        bound = {}
        collector = None
        queue = list(args)
        for param in params:
            name, kind = param.name, param.kind
            if kind == _VAR_KEYWORD:
                collector = name
            elif kind == _VAR_POSITIONAL:
                if queue:
                    bound[name] = tuple(queue)
                    queue = []
            elif kind != _KEYWORD_ONLY and queue:
                if kind == _POSITIONAL_OR_KEYWORD and name in extra:
                    raise TypeError(f'multiple values for argument {name!r}')
                bound[name] = queue.pop(0)
            elif name in extra:
                if kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{name!r} parameter is positional only, but was '
                                    'passed as a keyword')
                bound[name] = extra.pop(name)
            elif param.default is _empty and not partial:
                raise TypeError(f'missing a required argument: {name!r}')
        if extra:
            if collector is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(extra))!r}')
            bound[collector] = extra
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """Map call arguments to parameters; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but missing arguments are allowed."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        pieces = []
        prev = None
        star_done = False
        for param in self._parameters.values():
            kind = param.kind
            if prev == _POSITIONAL_ONLY and kind != _POSITIONAL_ONLY:
                pieces.append('/')
            if kind == _KEYWORD_ONLY and not star_done:
                pieces.append('*')
            star_done = star_done or kind in (_VAR_POSITIONAL, _KEYWORD_ONLY)
            pieces.append(str(param))
            prev = kind
        if prev == _POSITIONAL_ONLY:
            pieces.append('/')
        text = '(%s)' % ', '.join(pieces)
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters."""
    try:
        sig = _SigMaker(Signature, False, False, None, None, False).make(func)
    except Exception as err:
        raise TypeError('unsupported callable') from err
    positional, kwonly = [], []
    star = double = None
    pos_defaults = []
    kw_defaults = {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        has_default = param.default is not _empty
        if kind in _POSITIONAL_KINDS:
            positional.append(name)
            if has_default:
                pos_defaults.append(param.default)
        elif kind == _VAR_POSITIONAL:
            star = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if has_default:
                kw_defaults[name] = param.default
        else:
            double = name
        if param.annotation is not _empty:
            notes[name] = param.annotation
    return _record('FullArgSpec')(positional, star, double, tuple(pos_defaults) or None,
                                  kwonly, kw_defaults or None, notes)


def getcallargs(func, /, *positional, **named):
    """Map the arguments of a call func(*positional, **named) to parameter names."""
    sig = signature(func)
    given = sig.bind(*positional, **named).arguments
    params = sig.parameters
    result = {}
    if ismethod(func):
        result[next(iter(signature(func.__func__).parameters))] = func.__self__
    # order: positionally passed, *args, **kwargs, keywords as passed, then defaults
    slots = [n for n, p in params.items() if p.kind in _POSITIONAL_KINDS]
    for name in slots[:len(positional)]:
        result[name] = given[name]
    for wanted, empty in ((_VAR_POSITIONAL, ()), (_VAR_KEYWORD, {})):
        for name, param in params.items():
            if param.kind == wanted:
                result[name] = given.get(name, empty)
    for name, value in named.items():
        if name in params and params[name].kind != _VAR_KEYWORD:
            result[name] = value
    for name, param in params.items():
        if name not in result and param.default is not _empty:
            result[name] = param.default
    return result
