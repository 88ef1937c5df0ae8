"""Logging: loggers in a dotted-name hierarchy, handlers, formatters and filters."""

import sys
import os
import time

__all__ = """BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler Filter
Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET NullHandler StreamHandler WARN
WARNING addLevelName basicConfig captureWarnings critical debug disable error exception fatal
getLevelName getLogger getLoggerClass info log makeLogRecord setLoggerClass shutdown warn
warning getLogRecordFactory setLogRecordFactory lastResort raiseExceptions
getLevelNamesMapping""".split()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

# Two-way level tables (the underscore names are what other modules reach for).
_levelToName = {}
_nameToLevel = {}
for _lvl, _label in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                     (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _levelToName[_lvl] = _label
    _nameToLevel[_label] = _lvl
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARN
del _lvl, _label

_birth = time.time()        # relativeCreated counts from here
_split_paths = {}           # pathname -> (filename, module), a small cache


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """Name of a numeric level, number of a level name, else 'Level <x>'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return 'Level %s' % level


def addLevelName(level, levelName):
    """Give `level` the name `levelName` (both ways)."""
    _levelToName.update({level: levelName})
    _nameToLevel.update({levelName: level})


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError('Level not an integer or a valid string: %r' % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError('Unknown level: %r' % level) from None


# -- where a call came from -------------------------------------------------------
# The interpreter offers _traceback.stack() (code objects, outermost first) and
# _traceback.caller(k) (file/line of the k-th frame up); together they give the
# frames a record is attributed to.

def _own_file():
    return _checkLevel.__code__.co_filename


def _stack_entries():
    """[(filename, lineno, function)] for the live frames, outermost first."""
    try:
        import _traceback
        codes = _traceback.stack()
    except (ImportError, AttributeError):
        return []
    depth = len(codes)
    entries = []
    for pos, (code, _unused) in enumerate(codes):
        spot = _traceback.caller(depth - pos)
        entries.append((code.co_filename, spot[1] if spot else 0, code.co_name))
    return entries


def _outside_frames():
    """Live frames without the trailing ones that belong to this module."""
    entries = _stack_entries()
    mine = _own_file()
    while entries and entries[-1][0] == mine:
        del entries[-1]
    return entries


def _render_stack(entries):
    import traceback
    summary = traceback.StackSummary.from_list([e + (None,) for e in entries])
    return ''.join(summary.format())


# -- records -----------------------------------------------------------------------

def _file_and_module(pathname):
    names = _split_paths.get(pathname) if isinstance(pathname, str) else None
    if names is not None:
        return names
    try:
        base = os.path.basename(pathname)
        names = (base, os.path.splitext(base)[0])
    except (AttributeError, TypeError, ValueError):
        names = (pathname, 'Unknown module')  # not a path at all
    if isinstance(pathname, str) and len(_split_paths) < 256:
        _split_paths[pathname] = names
    return names


class LogRecord(object):
    """One logged event: message, arguments, level and origin."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        stamp = time.time()
        if args and len(args) == 1:
            only = args[0]
            if isinstance(only, dict) and only:
                args = only     # log('%(key)s', {'key': ...})
        self.name = name
        self.msg = msg
        self.args = args
        self.levelno = level
        self.levelname = getLevelName(self.levelno)
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = stamp
        self.msecs = float(int((stamp % 1) * 1000))
        self.relativeCreated = (stamp - _birth) * 1000
        self.thread = None
        self.threadName = 'MainThread' if logThreads else None
        self.processName = 'MainProcess' if logMultiprocessing else None
        pid = None
        if logProcesses:
            try:
                pid = os.getpid()
            except AttributeError:
                pass
        self.process = pid

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message text with the arguments substituted."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are taken from a dictionary."""
    made = _logRecordFactory(None, None, '', 0, '', (), None, None)
    made.__dict__.update(dict)
    return made


# -- format styles -----------------------------------------------------------------

def _record_fields(style, record):
    extra = style._defaults
    if not extra:
        return record.__dict__
    merged = dict(extra)
    merged.update(record.__dict__)
    return merged


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        import re
        if re.search(self.validation_pattern, self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        return self._fmt % _record_fields(self, record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**_record_fields(self, record))

    def validate(self):
        import string
        seen = 0
        try:
            for _text, field, _spec, conversion in string.Formatter().parse(self._fmt):
                if field:
                    seen += 1
                if conversion not in (None, '', 'r', 's', 'a'):
                    raise ValueError('invalid conversion: %r' % (conversion,))
        except ValueError as bad:
            raise ValueError('invalid format: %s' % bad)
        if seen == 0:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        text = self._fmt
        return '$asctime' in text or self.asctime_search in text

    def validate(self):
        import re
        if re.search(r'\$(\w+|\{\w+\})', self._fmt) is None:
            raise ValueError('invalid format: %s' % 'no fields')

    def _format(self, record):
        import string
        return string.Template(self._fmt).substitute(**_record_fields(self, record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# style character -> (style class, basicConfig's default format in that style)
_STYLES = {}
for _cls in (PercentStyle, StrFormatStyle, StringTemplateStyle):
    _fields = ('levelname', 'name', 'message')
    _STYLES[_cls.default_format[0]] = (
        _cls, ':'.join(_cls.default_format.replace('message', f) for f in _fields))
del _cls, _fields


def _style_class(style):
    try:
        return _STYLES[style]
    except KeyError:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES)) from None


def _join_block(text, block):
    return (text if text.endswith('\n') else text + '\n') + block


class Formatter(object):
    """Turns a LogRecord into text."""
    converter = time.localtime
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_class(style)[0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        with_ms = self.default_msec_format
        return with_ms % (text, record.msecs) if with_ms else text

    def formatException(self, ei):
        import io
        import traceback
        sink = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sink)
        text = sink.getvalue()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        style = self._style
        return style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        out = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out = _join_block(out, record.exc_text)
        if record.stack_info:
            out = _join_block(out, self.formatStack(record.stack_info))
        return out


_defaultFormatter = Formatter(None)   # just the message


class BufferingFormatter(object):
    """Formats a batch of records between a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        lines = [self.linefmt.format(r) for r in records]
        return self.formatHeader(records) + ''.join(lines) + self.formatFooter(records)


# -- filters -----------------------------------------------------------------------

class Filter(object):
    """Passes records of the logger called `name` and of loggers below it."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        mine = self.name
        if not mine or record.name == mine:
            return True
        return record.name.startswith(mine + '.')


class Filterer(object):
    """Holds the filters of a logger or a handler."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            test = check.filter if hasattr(check, 'filter') else check
            if not test(record):
                return False
        return True


# -- handlers ----------------------------------------------------------------------

_handlers = {}          # handler name -> handler
_handlerList = []       # every handler made, for shutdown()


class Handler(Filterer):
    """Sends records somewhere; subclasses say where in emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        self.lock = None
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        """Describe an exception raised by emit() on stderr (if raiseExceptions)."""
        err = sys.stderr
        if not (raiseExceptions and err):
            return
        import traceback
        kind, value, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, err)
            err.write('Call stack:\n')
            frames = _outside_frames()
            if frames:
                err.write(_render_stack(frames))
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record plus `terminator` to a stream (stderr by default)."""
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        out = self.stream
        if out and hasattr(out, 'flush'):
            out.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        old = self.stream
        if stream is old:
            return None
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '',
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """Appends (or writes) formatted records to a file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        if 'b' not in mode:
            import io
            encoding = io.text_encoding(encoding)
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)      # the file opens at the first record
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def close(self):
        out = self.stream
        try:
            if out:
                try:
                    self.flush()
                finally:
                    self.stream = None
                    if hasattr(out, 'close'):
                        out.close()
        finally:
            StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when a record arrives."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Discards everything (what libraries attach)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# -- loggers -----------------------------------------------------------------------

class PlaceHolder(object):
    """Occupies a dotted name that has loggers below it but none of its own yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


class Manager(object):
    """Owns the logger tree: loggers by name, each pointing at its nearest ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False  # said "No handlers ..." once
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')  # e.g. getLogger(5)
        entry = self.loggerDict.get(name)
        if entry is not None and not isinstance(entry, PlaceHolder):
            return entry
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if entry is not None:
            self._adopt(entry, made)
        self._attach(made)
        return made

    def _attach(self, logger):
        # Walk up the dotted name: mark missing levels with placeholders and stop
        # at the first real logger, which becomes the parent.
        table = self.loggerDict
        parent = self.root
        name = logger.name
        cut = name.rfind('.')
        while cut > 0:
            above = name[:cut]
            node = table.get(above)
            if node is None:
                table[above] = PlaceHolder(logger)
            elif isinstance(node, PlaceHolder):
                node.append(logger)
            else:
                parent = node
                break
            cut = name.rfind('.', 0, cut)
        logger.parent = parent

    def _adopt(self, holder, logger):
        # Loggers that hung above `logger` now hang under it.
        prefix = logger.name + '.'
        for child in holder.loggerMap:
            if not child.parent.name.startswith(prefix):
                logger.parent = child.parent
                child.parent = logger

    def setLoggerClass(self, klass):
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory  # kept, as CPython does, but unused

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            if not isinstance(logger, PlaceHolder):
                logger._cache.clear()
        self.root._cache.clear()


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)


def _exc_triple(exc_info):
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


def _leveled(level, label):
    # Logger.debug(), .info(), ...: one level each, checked before any work is done.
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = label
    method.__qualname__ = 'Logger.' + label
    return method


def _forwarded(level, label):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = label
    method.__qualname__ = 'LoggerAdapter.' + label
    return method


def _deprecated_warn(kind, target):
    # .warn() is an old alias of .warning() that now warns about itself.
    def warn(*args, **kwargs):
        import warnings
        warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                      DeprecationWarning, 2)
        if kind == 'method':
            return args[0].warning(*args[1:], **kwargs)
        return warning(*args, **kwargs)
    return warn


class Logger(Filterer):
    """A named channel: makes records and hands them to its handlers and its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _leveled(DEBUG, 'debug')
    info = _leveled(INFO, 'info')
    warning = _leveled(WARNING, 'warning')
    warn = _deprecated_warn('method', 'warning')
    error = _leveled(ERROR, 'error')
    critical = _leveled(CRITICAL, 'critical')
    fatal = critical

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, lineno, function, stack text or None) of the logging call."""
        mine = _own_file()
        frames = [entry for entry in _stack_entries() if entry[0] != mine]
        if not frames:
            return '(unknown file)', 0, '(unknown function)', None
        pick = max(len(frames) - stacklevel, 0)
        sinfo = None
        if stack_info:
            text = _render_stack(frames[:pick + 1])
            sinfo = 'Stack (most recent call last):\n' + text.rstrip('\n')
        filename, lineno, func = frames[pick]
        return filename, lineno, func, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            attrs = record.__dict__
            for key in extra:
                if key == 'message' or key == 'asctime' or key in attrs:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                attrs[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = '(unknown file)', 0, '(unknown function)', None
        if exc_info:
            exc_info = _exc_triple(exc_info)
        filename, lineno, func, sinfo = where
        self.handle(self.makeRecord(self.name, level, filename, lineno, msg, args,
                                    exc_info, func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _lineage(self):
        # self, then each ancestor reached while propagation is on
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        """Offer the record to every handler up the tree (lastResort when none)."""
        seen = 0
        for node in self._lineage():
            for hdlr in node.handlers:
                seen += 1
                if hdlr.level <= record.levelno:
                    hdlr.handle(record)
        if seen:
            return
        if lastResort:
            if lastResort.level <= record.levelno:
                lastResort.handle(record)
        else:
            owner = self.manager
            if raiseExceptions and not owner.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                owner.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        # Cached per level as CPython does (setLevel and disable() clear the caches).
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            on = self.manager.disable < level and level >= self.getEffectiveLevel()
            self._cache[level] = on
            return on

    def getChild(self, suffix):
        full = suffix if self.root is self else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The top of the tree, called 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger, passing `extra` (contextual data) with every call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    debug = _forwarded(DEBUG, 'debug')
    info = _forwarded(INFO, 'info')
    warning = _forwarded(WARNING, 'warning')
    warn = _deprecated_warn('method', 'warning')
    error = _forwarded(ERROR, 'error')
    critical = _forwarded(CRITICAL, 'critical')

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def setLoggerClass(klass):
    global _loggerClass
    _require_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def getLogger(name=None):
    """The logger called `name` (made on first use); the root logger without a name."""
    if not name or name == root.name and isinstance(name, str):
        return root
    return Logger.manager.getLogger(name)


# -- one-call configuration ------------------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler (stream or file) and format, unless it has one."""
    if kwargs.pop('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if root.handlers:
        return
    handlers = kwargs.pop('handlers', None)
    has_stream, has_file = 'stream' in kwargs, 'filename' in kwargs
    if handlers is not None:
        if has_stream or has_file:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
    elif has_stream and has_file:
        raise ValueError("'stream' and 'filename' should not be specified together")
    if handlers is None:
        filename = kwargs.pop('filename', None)
        mode = kwargs.pop('filemode', 'a')
        if filename:
            if 'b' in mode:
                errors = None
            else:
                import io
                encoding = io.text_encoding(encoding)
            handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
        else:
            handlers = [StreamHandler(kwargs.pop('stream', None))]
    datefmt = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    default_fmt = _style_class(style)[1]
    shared = Formatter(kwargs.pop('format', default_fmt), datefmt, style)
    for hdlr in handlers:
        if hdlr.formatter is None:
            hdlr.setFormatter(shared)
        root.addHandler(hdlr)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def _module_level(method):
    # logging.info() and friends: configure the root logger on first use.
    def call(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    call.__name__ = call.__qualname__ = method
    return call


critical = _module_level('critical')
fatal = critical
error = _module_level('error')
warning = _module_level('warning')
info = _module_level('info')
debug = _module_level('debug')


def exception(msg, *args, exc_info=True, **kwargs):
    """Log at ERROR on the root logger, with the exception being handled."""
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


warn = _deprecated_warn('function', 'warning')


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)   # the level is checked there


def disable(level=CRITICAL):
    """Drop every call at `level` or below, whatever the logger levels say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=None):
    """Flush and close the handlers, newest first."""
    for hdlr in reversed(_handlerList if handlerList is None else handlerList):
        try:
            hdlr.flush()
            hdlr.close()
        except (OSError, ValueError):
            pass


_saved_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger('py.warnings')
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning('%s', text)


def captureWarnings(capture):
    """Route warnings to the 'py.warnings' logger, or stop doing so."""
    global _saved_showwarning
    import warnings
    if capture and _saved_showwarning is None:
        _saved_showwarning = warnings.showwarning
        warnings.showwarning = _warning_to_log
    elif not capture and _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
