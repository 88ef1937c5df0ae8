import string, re
class PT(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )'''
print(PT('#a ## #[bc] x').substitute(a=1, bc=2))
try:
    PT('#a #').substitute(a=1)
except Exception as e:
    print(type(e).__name__, e)
print(PT.pattern.pattern[:10].strip(), PT.pattern.flags)
class Bad(string.Template):
    pattern = r'(?P<named>x)'
try:
    Bad('x').substitute(x=1)
except Exception as e:
    print(type(e).__name__, e)
print(Bad('y').safe_substitute())
print(string.Template.delimiter, string.Template.idpattern, string.Template.braceidpattern, string.Template.flags)
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        if spec == 'rev':
            return str(value)[::-1]
        return super().format_field(value, spec)
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
f = F()
print(f.format('{0} {x!u} {missing} {y:rev} {0:>4}', 'a', x='hi', y='abc'))
try:
    f.format('{x!z}', x=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    string.Formatter().format('{0:{1}}', 'a')
except Exception as e:
    print(type(e).__name__, e)
print(string.Formatter().format('{0:{1}{2}}|{a.imag}', 'x', '>', 5, a=3j))
print(list(string.Formatter().parse('{:d}{!r}{0[1]}{a.b:{c}}x}}')))
for bad in ('{', '}', '{0', '{0!}', '{0!rr}', '{0:{1:{2}}}'):
    try:
        print(string.Formatter().format(bad, 1, 2, 3))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
    try:
        print(bad.format(1, 2, 3))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
