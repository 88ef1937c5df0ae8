from string import Template, Formatter
import string
t = Template('$who likes $what; ${who}s cost $$5 and $ {x}')
print(t.substitute(who='tim', what='kung pao', x=1))
print(t.safe_substitute(who='tim'))
print(t.substitute({'who': 'a', 'what': 'b'}, what='c'))
for tpl, kw in [('$x', {}), ('${x', {'x': 1}), ('$', {}), ('a $ b', {}), ('$1', {}), ('${}', {}), ('${ x}', {'x': 1}), ('$x$', {'x': 1}), ('\n\n  $!', {})]:
    try:
        print(repr(Template(tpl).substitute(**kw)))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
    try:
        print(repr(Template(tpl).safe_substitute(**kw)))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
print(Template('$é').safe_substitute(), Template('${é}').safe_substitute({'é': 1}))
print(Template('$a_b1 $_x').substitute(a_b1=1, _x=2))
print(Template('$x').template, Template('x').get_identifiers(), Template('$a ${b} $a $$c').get_identifiers())
print(Template('$a $').is_valid(), Template('$a').is_valid(), Template('${a').is_valid())
class MyT(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(MyT('%abc %{d} %% %X').safe_substitute(abc=1, d=2))
class T2(Template):
    braceidpattern = r'[A-Z.]+'
print(T2('${A.B} $low ${low}').safe_substitute({'A.B': 1, 'low': 2}))
class T3(Template):
    flags = 0
    idpattern = r'[a-z]+'
print(T3('$abc$ABC').safe_substitute(abc=1, ABC=2))
try:
    Template('$x').substitute({'x': 1}, {'y': 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    Template('$x').substitute(1)
except Exception as e:
    print(type(e).__name__, e)
f = Formatter()
print(f.format('{0}-{1!r}-{x:>5}', 1, 'a', x=3), list(f.parse('a{0}b{x!r:>3}c{{d}}')))
print(f.vformat('{a[0]}{b.real}', (), {'a': [9], 'b': 3}))
try:
    f.format('{0}{}', 1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(string.capwords(' hello   world-wide  x '), string.capwords('a-b-c', '-'), string.capwords(''))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable))
print('{name} is {age}'.format_map({'name': 'A', 'age': 3}))
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b} {c[0]}'.format_map(D(a=1, c='xy')))
try:
    '{a}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{0}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{}'.format_map({})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{a}'.format_map([1])
except Exception as e:
    print(type(e).__name__, e)
print('{0[a]}'.format_map({0: {'a': 5}}) if False else '')
