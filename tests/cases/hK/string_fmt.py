import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}s, $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.substitute({'who': 1}, what=2), t.template)
for bad in [lambda: t.substitute(who='x'), lambda: string.Template('$').substitute(), lambda: string.Template('a ${b').substitute(b=1), lambda: string.Template('$1').substitute()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(string.Template('$a $').safe_substitute(a=1), t.get_identifiers(), t.is_valid(), string.Template('${').is_valid())
class My(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(My('%x and %{y} %%').substitute(x=1, y=2))
f = string.Formatter()
print(f.format('{0}-{name}-{1:>4}', 'a', 'b', name='N'), list(f.parse('a{0!r:>3}b{}c{{')), f.vformat('{x.real}', (), {'x': 3}))
class UF(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str): return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == 'up': return str(value).upper()
        return super().format_field(value, spec)
print(UF().format('{a} {b:up} {0}', 'z', a='x'))
for bad in [lambda: f.format('{0}'), lambda: f.format('{'), lambda: f.format('}'), lambda: f.format('{0!x}', 1), lambda: f.format('{} {0}', 1), lambda: f.format('{a}')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
vals = [(0, ''), (42, '+d'), (-42, ' d'), (1234567, ',d'), (1234567, '_d'), (255, '#x'), (255, '#o'), (255, '#b'), (255, '08b'), (255, 'X'), (-255, '#X'),
        (3.14159, '.2f'), (3.14159, '10.3e'), (0.000123, 'g'), (1e20, 'g'), (1.5e-7, '.3g'), (100.0, '.0f'), (2.5, '.0f'), (0.5, '%'), (1/3, '.2%'),
        (123.456, '_.2f'), (1e6, ',.1f'), (float('nan'), '+f'), (float('inf'), '^10'), (-0.0, 'f'), (-0.0, 'z.1f') , (1.0, 'n'), (12345, 'n'),
        ('abc', '>10'), ('abc', '*^9'), ('abc', '.2'), ('abc', '<5'), (True, 'd'), (True, ''), (None, ''), (3+4j, '.1f'), (1e300*10, 'e'), (10**25, ',')
        , (-5, '=+8'), (5, '0=8'), (12.0, '#.0f'), (12.0, '#g'), (0.1, '.20f'), (1.23456789e-5, 'G'), (65, 'c'), (3.0, '') , (1e16, ''), (123456789.0, '.3')]
for v, spec in vals:
    try: print(repr(spec), '->', repr(format(v, spec)))
    except Exception as e: print(repr(spec), type(e).__name__, e)
for v, spec in [('a', 'd'), (1.5, 'd'), (1, 's'), ('a', '=5'), (1, ',s') if False else (1, ',_'), (1.0, 'c'), ([], 'x'), (3, '.2d'), (-1, 'c')]:
    try: print(format(v, spec))
    except Exception as e: print(repr(spec), type(e).__name__, e)
print('{:{w}.{p}f}|{!r:^8}|{0[1]}'.format([1, 2], 'ab', w=8, p=2) if False else '{0:{w}.{p}f}|{1!r:^8}|'.format(3.14159, 'ab', w=8, p=2))
print('%5.2f|%-6d|%x|%r|%s|%c|%%|%+.1e|%05d|%o|%#x' % (3.14159, 42, 255, 'a', [1], 65, 12345.6789, -42, 8, 255))
print('%(a)s %(b)03d' % {'a': 'x', 'b': 7}, '%*d|%-*s|' % (5, 1, 4, 'ab'), '%.3s' % 'abcdef', '%i' % 3.9, '%g' % 1e-5)
for bad in [lambda: '%d' % 'a', lambda: '%s %s' % 1, lambda: '%s' % (1, 2), lambda: '%z' % 1, lambda: '%(a)s' % 1, lambda: '%c' % 'ab', lambda: '%d' % None]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
