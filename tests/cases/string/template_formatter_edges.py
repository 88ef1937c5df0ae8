import string
from string import Template, Formatter, capwords

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(capwords(' hello   wORLD  foo '), capwords('a-b-c', '-'), capwords('aBc dEF', None), capwords('', ' '), capwords('x  y', ' '))
T = Template('$who likes ${what} $$ $100 ${bad')
t(lambda: T.substitute(who='tim', what='kung'))
t(lambda: T.safe_substitute(who='tim'))
t(lambda: Template('$who $').substitute(who=1))
t(lambda: Template('a\nb $').substitute())
t(lambda: Template('$x').substitute())
t(lambda: Template('$x').substitute({'x': 1}, x=2))
t(lambda: Template('${x}y').substitute({'x': 1}))
t(lambda: Template('$x $y ${x} $$z $').get_identifiers())
t(lambda: Template('$x $y').is_valid())
t(lambda: Template('$x $').is_valid())
t(lambda: Template('${ x}').is_valid())
t(lambda: Template('$é').safe_substitute())
t(lambda: Template('$ABC $abc').substitute(ABC=1, abc=2))
t(lambda: Template('x').template)
t(lambda: Template(5).template)
t(lambda: Template('$a').substitute({}, **{'a': 'k'}))
t(lambda: Template('$a').substitute(mapping={'a': 1}))
t(lambda: Template('$a').substitute({'a': 1}, {'b': 2}))
class P(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
t(lambda: P('%who %% %{x} %1').safe_substitute(who='me', x='X'))
t(lambda: P('%1').substitute())
class Q(Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9.]*)'
t(lambda: Q('${a.b} $a.b').safe_substitute({'a.b': 1, 'a': 2}))
class R(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''
t(lambda: R('#a #{b} ## #').safe_substitute(a=1, b=2))
t(lambda: R('#a\n  #').substitute(a=1))
class NoInvalid(Template):
    pattern = r'\$(?P<named>[a-z]+)'
t(lambda: NoInvalid('$x').substitute(x=1))
class BadGroups(Template):
    pattern = r'\$(?P<named>[a-z]+)|(?P<escaped>@)|(?P<invalid>!)|(?P<braced>%)'
t(lambda: BadGroups('$x @ %').safe_substitute(x=1))

f = Formatter()
t(lambda: list(f.parse('a{0}b{1:>{w}}c{x!r:^5}{{}}{}')))
t(lambda: list(f.parse('}')))
t(lambda: list(f.parse('{')))
t(lambda: list(f.parse('{0!}')))
t(lambda: list(f.parse('{0!x:}')))
t(lambda: list(f.parse('{a[0].b}')))
t(lambda: list(f.parse('x{!r}')))
t(lambda: f.format('{0} {1:>5} {x!r} {y[1]} {z.real}', 'a', 'b', x='q', y=[0, 9], z=3j))
t(lambda: f.format('{} {}', 1, 2))
t(lambda: f.format('{} {0}', 1, 2))
t(lambda: f.format('{0} {}', 1, 2))
t(lambda: f.format('{:{}} {}', 'a', 5, 'b'))
t(lambda: f.format('{0:{1}}', 3.14159, '.2f'))
t(lambda: f.format('{0:{1:{2}}}', 1, 2, 3))
t(lambda: f.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4))
t(lambda: f.format('{x}', y=1))
t(lambda: f.format('{5}', 1))
t(lambda: f.format('{0!z}', 1))
t(lambda: f.format('{0.}', 1))
t(lambda: f.format('{0[}', 1))
t(lambda: f.format('{0[0]x}', [1]))
t(lambda: f.vformat('{a}-{0}', (1,), {'a': 2}))
t(lambda: f.get_field('a.real', (), {'a': 5}))
t(lambda: f.get_field('0[1]', ([4, 5],), {}))
t(lambda: f.get_field('0[x]', ({'x': 'X'},), {}))
t(lambda: f.get_value(0, ('z',), {}))
t(lambda: f.get_value('k', (), {'k': 'v'}))
t(lambda: f.convert_field(5, 'r'))
t(lambda: f.convert_field('é', 'a'))
t(lambda: f.convert_field(5, None))
t(lambda: f.convert_field(5, 'q'))
t(lambda: f.format_field(3.5, '>8.2f'))
t(lambda: f.check_unused_args(set(), (), {}))
t(lambda: f.format())
t(lambda: f.format(format_string='x'))
t(lambda: f.format('{0:d}', 'a'))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)), args, sorted(kwargs))
t(lambda: Strict().format('{0}{a}{0}', 1, 2, a=3, b=4))
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
t(lambda: Default().format('{a} {b} {0}', 'zero', a='A'))
t(lambda: Formatter().format('{!r:>{}}', 'ab', 6))
t(lambda: Formatter().format('{0[-1]}', {'-1': 'neg'}))
t(lambda: Formatter().format('{0[ 1]}', {' 1': 'sp'}))
t(lambda: Formatter().format('{0!s:}', 12))
t(lambda: Formatter().format('{:}', 12))
t(lambda: Formatter().format('{0}}', 12))
t(lambda: Formatter().format('{{0}}', 12))
t(lambda: sorted(string.__all__))
t(lambda: (string.printable, string.punctuation, string.whitespace))
t(lambda: Formatter().format('{0:{1}{2}}', 5, '>', 4))
t(lambda: Formatter().format('{a.b.c}', a=1))
