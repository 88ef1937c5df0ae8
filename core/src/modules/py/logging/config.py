"""Configure logging from a dictionary (dictConfig) or an INI-style file (fileConfig)."""

import logging
import re
import sys

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'DictConfigurator',
           'BaseConfigurator', 'DEFAULT_LOGGING_CONFIG_PORT', 'IDENTIFIER']

DEFAULT_LOGGING_CONFIG_PORT = 9030
IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name stands for, importing modules as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _clear_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _settle_existing(existing, children, disable):
    """Loggers that existed before and were not configured: those below a configured
    logger are reset, the rest disabled (or re-enabled) per disable_existing_loggers."""
    table = logging.root.manager.loggerDict
    for name in existing:
        found = table[name]
        if name in children:
            if not isinstance(found, logging.PlaceHolder):
                found.setLevel(logging.NOTSET)
                found.handlers = []
                found.propagate = True
        else:
            found.disabled = disable


def _split_existing(configured):
    """(existing logger names not configured, those of them below a configured one)."""
    existing = sorted(logging.root.manager.loggerDict)
    children = []
    for name in configured:
        if name in existing:
            at = existing.index(name) + 1
            prefix = name + '.'
            while at < len(existing) and existing[at].startswith(prefix):
                children.append(existing[at])
                at += 1
            existing.remove(name)
    return existing, children


class BaseConfigurator(object):
    """Resolves ext:// and cfg:// references in configuration values."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = re.match(r'^\s*(\w+)\s*', rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        found = self.config[m.group(1)]
        while rest:
            m = re.match(r'^\.\s*(\w+)\s*', rest) or re.match(r'^\[\s*([^\]]+)\s*\]\s*', rest)
            if m is None:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            key = m.group(1)
            if rest[0] == '[' and key.isdigit():
                try:
                    found = found[key]
                except TypeError:
                    found = found[int(key)]
            else:
                found = found[key]
            rest = rest[m.end():]
        return found

    def convert(self, value):
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                method = self.value_converters.get(m.group('prefix'))
                if method:
                    return getattr(self, method)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig() dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        if incremental:
            self._configure_incremental(config)
            return
        disable = config.pop('disable_existing_loggers', True)
        _clear_handlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        existing, children = _split_existing(sorted(loggers))
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _settle_existing(existing, children, disable)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        klass = logging.Formatter if not cname else self.resolve(cname)
        if 'validate' in config:
            return klass(fmt, dfmt, style, config['validate'])
        return klass(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                filterer.addFilter(self.config['filters'][name])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop('class')
            factory = cname if callable(cname) else self.resolve(cname)
            if 'target' in config and isinstance(factory, type) and issubclass(
                    factory, logging.handlers.MemoryHandler):
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        raise ValueError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from e
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(_converted(config)).configure()


def _converted(config):
    """A copy of the configuration whose nested dicts can be filled with the objects
    they describe (the caller's dictionary is left as it was)."""
    if isinstance(config, dict):
        return {k: _converted(v) for k, v in config.items()}
    return config


# -- fileConfig ------------------------------------------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Read the logging configuration from a configparser-format file (a path, a file
    object or a RawConfigParser)."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, 'readline'):
            cp.read_file(fname)
        else:
            import io
            encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
            cp.read(fname, encoding=encoding)
    formatters = _file_formatters(cp)
    _clear_handlers()
    handlers = _file_handlers(cp, formatters)
    _file_loggers(cp, handlers, disable_existing_loggers)


def _names(text):
    return [n.strip() for n in text.split(',') if n.strip()]


def _file_formatters(cp):
    names = cp['formatters']['keys']
    result = {}
    for name in _names(names):
        section = cp['formatter_%s' % name]
        fmt = section.get('format', raw=True, fallback=None)
        dfmt = section.get('datefmt', raw=True, fallback=None)
        style = section.get('style', raw=True, fallback='%')
        cname = section.get('class', raw=True, fallback=None)
        klass = _resolve(cname) if cname else logging.Formatter
        if 'validate' in section:
            result[name] = klass(fmt, dfmt, style, section.getboolean('validate'))
        else:
            result[name] = klass(fmt, dfmt, style)
    return result


def _file_handlers(cp, formatters):
    names = _names(cp['handlers']['keys'])
    if not names:
        return {}
    result = {}
    targets = []
    for name in names:
        section = cp['handler_%s' % name]
        klass = section.get('class', raw=True)
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section.get('args', raw=True, fallback='()'), vars(logging))
        kwargs = eval(section.get('kwargs', raw=True, fallback='{}'), vars(logging))
        h = klass(*args, **kwargs)
        h.name = name
        if 'level' in section:
            h.setLevel(section['level'])
        fmt = section.get('formatter', raw=True, fallback='')
        if fmt:
            h.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get('target', raw=True, fallback='')
            if target:
                targets.append((h, target))
        result[name] = h
    for h, target in targets:
        h.setTarget(result[target])
    return result


def _file_loggers(cp, handlers, disable_existing):
    names = _names(cp['loggers']['keys'])
    if 'root' in names:
        names.remove('root')
    section = cp['logger_root']
    root = logging.root
    if 'level' in section:
        root.setLevel(section['level'])
    for h in root.handlers[:]:
        root.removeHandler(h)
    for hand in _names(section.get('handlers', raw=True, fallback='')):
        root.addHandler(handlers[hand])
    existing = sorted(logging.root.manager.loggerDict)
    children = []
    for name in names:
        section = cp['logger_%s' % name]
        qualname = section['qualname']
        propagate = section.getint('propagate', fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            at = existing.index(qualname) + 1
            prefix = qualname + '.'
            while at < len(existing) and existing[at].startswith(prefix):
                children.append(existing[at])
                at += 1
            existing.remove(qualname)
        if 'level' in section:
            logger.setLevel(section['level'])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = False
        for hand in _names(section.get('handlers', raw=True, fallback='')):
            logger.addHandler(handlers[hand])
    _settle_existing(existing, children, disable_existing)


import logging.handlers  # noqa: E402  (handler classes named in configurations)
