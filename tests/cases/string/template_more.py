# Template subclasses, invalid placeholder positions, identifiers; Formatter hooks.
import string


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


T = string.Template
t(lambda: T('a $x b ${y} $$ c').substitute(x=1, y=[2]))
t(lambda: T('line1\nline2 $ bad').substitute())
t(lambda: T('$').substitute())
t(lambda: T('ab\r\ncd\n$1').substitute())
t(lambda: T('x\n').substitute())
t(lambda: T('$who likes ${what}').safe_substitute({'who': 'tim'}))
t(lambda: T('$who $$ $ ${bad').safe_substitute(who='w'))
t(lambda: T('$a $b').substitute({'a': 1, 'b': 2}, b=3))
t(lambda: T('$a $missing').substitute(a=1))
t(lambda: T('$a ${b} $a $c $$d $').get_identifiers())
t(lambda: (T('$a ${b}').is_valid(), T('$a $').is_valid(), T('${1}').is_valid()))


class Percent(string.Template):
    delimiter = '%'
    idpattern = r'[a-z]+'


class Braced(string.Template):
    braceidpattern = r'[^}]+'


class Flags(string.Template):
    flags = 0
    idpattern = r'[a-z]+'


t(lambda: Percent('%who paid %%5 to %{whom}').substitute(who='a', whom='b'))
t(lambda: Percent('100% sure').safe_substitute())
t(lambda: Percent('100% sure').substitute())
t(lambda: Braced('${has space} $plain').substitute({'has space': 1, 'plain': 2}))
t(lambda: Flags('$abc$ABC').safe_substitute(abc='x'))
t(lambda: Percent.pattern.pattern is not None)
t(lambda: string.capwords('  hello   wORLD  again '))
t(lambda: string.capwords('a-b-c', '-'))
t(lambda: string.capwords('a--b', '-'))

F = string.Formatter()
t(lambda: F.format('{0}-{1!r}-{name:>{width}}', 'a', 'b', name='n', width=4))
t(lambda: F.format('{} {}', 1, 2))
t(lambda: F.format('{} {1}', 1, 2))
t(lambda: F.format('{0} {}', 1, 2))
t(lambda: F.format('{0.real} {1[k]} {2[0]}', 3, {'k': 'v'}, [9]))
t(lambda: F.format('{!x}', 1))
t(lambda: F.format('{:{:{:{}}}}', 1, 2, 3, 4))
t(lambda: F.format('{:{}}', 'ab', 5))
t(lambda: list(F.parse('a{b!r:>3}c{{}}')))
t(lambda: F.get_field('a.b', (), {'a': 1}))


class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused %s' % sorted(extra))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


t(lambda: Strict().format('{a} {b!u} {0}', 'zero', a='x'))
t(lambda: Strict().format('{a}', a=1, z=2))
