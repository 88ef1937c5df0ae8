import string, re
from string import Template, Formatter
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Template.flags)
t(lambda: Template.delimiter + Template.idpattern)
t(lambda: Template.braceidpattern)
t(lambda: Template('ab\ncd $ ef').substitute())
t(lambda: Template('ab\n\n$').substitute())
t(lambda: Template('$').substitute())
t(lambda: Template('\n$ ').substitute())
t(lambda: Template('x\r\n$!').substitute())
t(lambda: Template('${}').substitute())
t(lambda: Template('$_a1 $A').substitute(_a1=[1], A=None))
t(lambda: Template('$a').substitute(Template))
class M:
    def __getitem__(self, k):
        return k.upper()
t(lambda: Template('$abc ${d}').substitute(M()))
t(lambda: Template('$abc').substitute(M(), abc=1))
class Up(Template):
    flags = 0
t(lambda: Up('$abc $ABC').safe_substitute(abc=1, ABC=2))
t(lambda: Up('$abc $Abc').get_identifiers())
class D(Template):
    delimiter = '.'
t(lambda: D('.a .. .{b} .').safe_substitute(a=1, b=2))
class I(Template):
    idpattern = r'[0-9]+'
t(lambda: I('$12 ${3} $a').safe_substitute({'12': 'x', '3': 'y'}))
t(lambda: Template('$a$b${c}d').substitute(a=1, b=2, c=3))
t(lambda: Template('$$a $$$a').substitute(a=9))
t(lambda: Template('${a b}').safe_substitute())
t(lambda: Template('$aé').substitute(a=1))
t(lambda: Template('${aé}').safe_substitute(a=1))
t(lambda: Template('$a').safe_substitute(None))
t(lambda: Template('a').substitute(None))
t(lambda: Template('$a').substitute(None))
t(lambda: Template('$a').safe_substitute(5))
t(lambda: len(Template('$a $b').get_identifiers()))
class BadPat(Template):
    pattern = r'\$(?P<named>[a-z]+)|(?P<escaped>@)|(?P<braced>%)|(?P<invalid>!)|(?P<other>~)'
t(lambda: BadPat('~').substitute())
t(lambda: BadPat('~').safe_substitute())
t(lambda: BadPat('~').get_identifiers())
t(lambda: BadPat('~').is_valid())
t(lambda: string.capwords('ﬁx ǆx ßa', None))
t(lambda: string.capwords('a\tb\nc'))
t(lambda: string.capwords(5))
t(lambda: Formatter().format('{0:{1}}', 'x', '{'))
t(lambda: Formatter().format('{a}', **{'a': 1}))
t(lambda: Formatter().format('{0.__class__.__name__}', 1))
t(lambda: Formatter().vformat('{}', [1, 2], {}))
t(lambda: Formatter().vformat('{0}', 5, {}))
t(lambda: list(Formatter().parse('')))
t(lambda: list(Formatter().parse('abc')))
t(lambda: list(Formatter().parse('{}{}')))
t(lambda: list(Formatter().parse('a{{b}}c')))
t(lambda: list(Formatter().parse('{0:}')))
t(lambda: list(Formatter().parse('{0!r}')))
t(lambda: list(Formatter().parse('{0!rx}')))
t(lambda: list(Formatter().parse('{0!r')))
t(lambda: list(Formatter().parse('{0')))
t(lambda: list(Formatter().parse('{0:{1}')))
t(lambda: list(Formatter().parse('{0[}]}')))
t(lambda: list(Formatter().parse('x}}y{{')))
t(lambda: list(Formatter().parse(5)))
t(lambda: Formatter().format('{0:{{}}}', 1))
t(lambda: Formatter().get_field('', (1,), {}))
t(lambda: Formatter().get_field('0..x', (1,), {}))
t(lambda: Formatter().get_field('0[]', (1,), {}))
t(lambda: Formatter().get_field('0]', (1,), {}))
t(lambda: Formatter().get_field('0[0', ([1],), {}))
t(lambda: Formatter().format('{0[0]}', 'abc'))
t(lambda: Formatter().format('{0[١]}', {'١': 'arabic'}))
t(lambda: Formatter().format('{١}', 'x', 'y'))
