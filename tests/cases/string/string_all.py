import string

def check(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in string.__all__[:-2]:
    v = getattr(string, name)
    print(name, repr(v) if isinstance(v, str) else v.__name__)
print(string.capwords('hello   world  foo'), string.capwords(' a-b c_d ', '-'), string.capwords(''))
print(string.capwords('ÉCOLE élève'), string.capwords('x,y,z', ','))

# Template
T = string.Template
s = T('$who likes ${what}; $$5 costs ${ what }?')
check(lambda: s.substitute(who='tim', what='kung pao'))
check(lambda: s.safe_substitute(who='tim'))
check(lambda: T('$who likes $what').substitute({'who': 'a'}, what='b'))
check(lambda: T('$who likes $what').substitute({'who': 'a', 'what': 'x'}, what='b'))
check(lambda: T('$who').substitute())
check(lambda: T('$who').substitute({}))
check(lambda: T('ab $').substitute())
check(lambda: T('line1\nline2 $!').substitute())
check(lambda: T('line1\n  ${1x}').substitute())
check(lambda: T('$').safe_substitute())
check(lambda: T('${').safe_substitute())
check(lambda: T('${a').safe_substitute(a=1))
check(lambda: T('${a}b ${A} $a_1b $_x $1 $é').safe_substitute(a=1, A=2, a_1b=3, _x=4))
check(lambda: T('$$$a$$').substitute(a='!'))
check(lambda: T('${a}${b}').substitute(a=1, b=[2]))
check(lambda: T('no placeholders').substitute())
check(lambda: T('$a $b ${c} $a $$d $').get_identifiers())
check(lambda: T('$a $b').is_valid())
check(lambda: T('$a $').is_valid())
check(lambda: T('$a ${').is_valid())
check(lambda: T('x').template)
check(lambda: T('$x').substitute(1))
check(lambda: T.delimiter + T.idpattern + str(T.braceidpattern) + str(T.flags == 2))

# Formatter
f = string.Formatter()
check(lambda: f.format('{} {}', 1, 2))
check(lambda: f.format('{0} {1} {0}', 'a', 'b'))
check(lambda: f.format('{name!r:>10}|{x.real}|{y[1]}|{z[k]}', name='n', x=3j, y=[5, 6], z={'k': 'v'}))
check(lambda: f.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
check(lambda: f.format('{0:{1}}', 'x', '>5'))
check(lambda: f.format('{{literal}} {}', 7))
check(lambda: f.format('{!s} {!a}', 'é', 'é'))
check(lambda: f.format('{} {1}', 1, 2))
check(lambda: f.format('{1} {}', 1, 2))
check(lambda: f.format('{', 1))
check(lambda: f.format('}', 1))
check(lambda: f.format('{0!x}', 1))
check(lambda: f.format('{0!}', 1))
check(lambda: f.format('{:{:{:{}}}}', 1, 2, 3, 4))
check(lambda: f.format('{missing}'))
check(lambda: f.format('{0}'))
check(lambda: f.format('{0.nope}', 1))
check(lambda: f.format('{0[}', 1))
check(lambda: f.format('{a.}', a=1))
check(lambda: f.format('{0[0]x}', [1]))
check(lambda: f.vformat('{a}-{0}', (1,), {'a': 2}))
check(lambda: list(f.parse('a{{b}}c{0!r:>{w}}d{x[1].y}e{}')))
check(lambda: list(f.parse('{:}{!s}{a!a:}')))
check(lambda: list(f.parse('')))
check(lambda: list(f.parse('{a{b}')))
check(lambda: f.get_field('a.b', (), {'a': string}))
check(lambda: f.get_field('0[1]', ([7, 8],), {}))
check(lambda: f.convert_field(1, 'z'))
check(lambda: f.format_field(3.5, '08.3f'))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
print(Upper().format('{a} {b} {0:x}', 255, a='xy'))

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused: %s' % sorted(extra))
check(lambda: Strict().format('{a}', a=1, b=2))
