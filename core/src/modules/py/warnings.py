"""Python part of the warnings subsystem (filters, registries, formatting)."""

import sys
from _traceback import caller as _caller

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# -- output ------------------------------------------------------------------

def _render(msg):
    """The standard one- or two-line text for a WarningMessage."""
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno,
                                msg.category.__name__, msg.message)
    source = msg.line
    if source is None:
        try:
            import linecache
            source = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            source = None
    if source:
        text += "  " + source.strip() + "\n"
    if getattr(msg, "source", None) is not None:
        # No tracemalloc here: CPython's hint for an object's allocation place.
        text += ("%s: Enable tracemalloc to get the object allocation traceback\n"
                 % msg.category.__name__)
    return text


def _emit(msg):
    """Write a WarningMessage to its file (default sys.stderr)."""
    target = msg.file if msg.file is not None else sys.stderr
    if target is None:
        # No stderr (e.g. a windowed app): warnings are lost.
        return
    text = _formatwarnmsg(msg)
    try:
        target.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write one warning to *file* (sys.stderr by default); replaceable hook."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Return the standard text shown for a warning."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


# catch_warnings(record=True) swaps _showwarnmsg_impl for list.append.
_showwarnmsg_impl = _emit
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    hook = globals().get('showwarning', _showwarning_orig)
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    # The user replaced warnings.showwarning: honour the old-style hook.
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _formatwarnmsg(msg):
    hook = globals().get('formatwarning', _formatwarning_orig)
    if hook is _formatwarning_orig:
        return _render(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


# -- filters -----------------------------------------------------------------

def _check_filter_args(action, lineno):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    _check_filter_args(action, lineno)
    text_re = module_re = None
    if message or module:
        import re
        if message:
            text_re = re.compile(message, re.I)
        if module:
            module_re = re.compile(module)
    _add_filter(action, text_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    _check_filter_args(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already present moves to the front (or stays put when
    # appending) rather than being duplicated.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Remove every warning filter."""
    del filters[:]
    _filters_mutated()


class _OptionError(Exception):
    """Bad -W option."""


def _pattern_ok(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _choose_action(text, category, module, lineno):
    for entry in filters:
        action, text_re, cls, module_re, line = entry
        if (_pattern_ok(text_re, text) and issubclass(category, cls)
                and _pattern_ok(module_re, module) and line in (0, lineno)):
            return action, entry
    return defaultaction, (filters[-1] if filters else None)


# -- issuing -----------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Emit a warning: shown, ignored or raised depending on the filters."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    valid = isinstance(category, type) and issubclass(category, Warning)
    if not valid:
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    frame_info = _caller(max(stacklevel, 1))
    if frame_info is None:
        filename, lineno, scope = "sys", 1, sys.__dict__
    else:
        filename, lineno, scope = frame_info
    module = scope.get('__name__', "<string>")
    registry = scope.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module=module,
                  registry=registry, module_globals=scope, source=source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level warn(): the location is given explicitly."""
    lineno = int(lineno)
    if module is None:
        base = filename or "<unknown>"
        module = base[:-3] if base[-3:].lower() == ".py" else base
    if registry is None:
        registry = {}
    current = _filters_version
    if registry.get('version', 0) != current:
        # Filters changed since this registry was filled: forget it.
        registry.clear()
        registry['version'] = current
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, entry = _choose_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        per_module = (text, category, 0)
        if registry.get(per_module):
            return
        registry[per_module] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None,
                                None, source))


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, values):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


class catch_warnings(object):
    """Context manager that saves the warning filters and showwarning() on
    entry and restores them on exit (optionally recording warnings)."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = module if module is not None else sys.modules['warnings']
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules.get('warnings'):
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = list(mod.filters)
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # Recording must bypass a user-installed showwarning().
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_warnings_defaults = True
