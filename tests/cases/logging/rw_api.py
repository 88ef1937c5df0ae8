# Levels, formatter validation and styles, filters, adapters, hierarchy fix-ups, config errors
import io
import logging
import warnings

print(logging.getLevelName(10), logging.getLevelName('WARN'), logging.getLevelName(33),
      logging.getLevelName('nope'), logging.getLevelNamesMapping()['FATAL'])
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
for bad in ('LOUD', 2.5, None):
    try:
        logging.getLogger('x').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('you',), 'levelno': 25, 'levelname': 'NOTICE',
                             'name': 'n.m', 'extra_field': 7})
for fmt, style, defaults in (('%(levelname)s|%(name)s|%(message)s', '%', None),
                             ('{levelname:>8}|{message!r}|{extra_field}', '{', None),
                             ('${levelname}-${message}-$extra_field', '$', None),
                             ('%(message)s %(user)s', '%', {'user': 'anon'}),
                             ('{message} {user}', '{', {'user': 'anon'})):
    print(logging.Formatter(fmt, style=style, defaults=defaults).format(rec))
for fmt, style in (('no fields', '%'), ('no fields', '{'), ('no fields', '$'),
                   ('{x!z}', '{'), ('%(message)s', '#'), ('{', '{')):
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('%(missing)s').format(rec)
except ValueError as e:
    print('ValueError', e)
print(logging.Formatter('plain', validate=False).format(rec), logging.Formatter().format(rec))
rec2 = logging.LogRecord('n', 20, 'p/f.py', 1, '%(a)s and %(b)s', ({'a': 1, 'b': 2},), None)
print(rec2.getMessage(), repr(logging.makeLogRecord({'msg': 'm', 'name': 'nm', 'lineno': 3})))

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
top = logging.getLogger('rw')
top.addHandler(h)
top.setLevel(logging.DEBUG)
top.propagate = False
deep = logging.getLogger('rw.a.b.c')
mid = logging.getLogger('rw.a')       # created after its descendant: must adopt it
print(deep.parent.name, mid.parent.name, type(logging.root.manager.loggerDict['rw.a.b']).__name__)
deep.info('from deep')
h.addFilter(logging.Filter('rw.a'))
logging.getLogger('rw.other').info('filtered out')
logging.getLogger('rw.ab').info('also filtered: not a child')
mid.warning('passes')
h.addFilter(lambda r: 'secret' not in r.getMessage())
mid.error('a secret thing')
mid.error('visible')
h.filters.clear()
ad = logging.LoggerAdapter(mid, {'user': 'bob'})
h.setFormatter(logging.Formatter('%(levelname)s %(user)s %(message)s', defaults={'user': '-'}))
ad.info('adapted %d', 1)
ad.warning('adapted warn')
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(5), ad.hasHandlers())
try:
    mid.info('x', extra={'message': 'no'})
except KeyError as e:
    print('KeyError', e)
try:
    mid.info('x', extra={'name': 'no'})
except KeyError as e:
    print('KeyError', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    mid.warn('old style')
    ad.warn('adapter old style')
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
logging.disable(logging.WARNING)
mid.warning('disabled')
mid.error('still here')
logging.disable(logging.NOTSET)
try:
    mid.log('INFO', 'level must be int')
except TypeError as e:
    print('TypeError', e)
mid.log(25, 'custom %s', 'level')
print(stream.getvalue(), end='')
print(repr(top), repr(h), repr(logging.root), logging.getLogger() is logging.root,
      logging.getLogger('root') is logging.root, deep.getChild('z').name, logging.root.getChild('q').name)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
for kw in ({'stream': stream, 'filename': 'x.log'}, {'handlers': [h], 'stream': stream},
           {'bogus': 1, 'stream': io.StringIO()}, {'style': '?'}):
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)
logging.basicConfig(force=True, stream=stream, level='INFO', format='{levelname}/{message}', style='{')
stream.seek(0); stream.truncate()
logging.info('root info')
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('boom %s', 'here')
logging.debug('hidden')
print(stream.getvalue().replace('\n', '|'))
print(logging.root.level, len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
