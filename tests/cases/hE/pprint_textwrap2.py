import pprint, textwrap, string, types, dataclasses, collections
@dataclasses.dataclass
class Pt:
    x: int
    y: list
    name: str = 'a point with a fairly long name to wrap'
pprint.pprint(Pt(1, list(range(15))), width=40)
pprint.pprint([Pt(1, [1]), Pt(2, [2])], width=60)
NT = collections.namedtuple('NT', 'alpha beta gamma')
pprint.pprint(NT(list(range(12)), 'b' * 30, {'k': 'v' * 30}), width=40)
pprint.pprint(types.SimpleNamespace(a=1, b='x' * 50, c=[1, 2, 3]), width=40)
pprint.pprint(types.MappingProxyType({'a': list(range(20))}), width=40)
pprint.pprint({'key': 'a very long string value that will need to be wrapped across lines ok'}, width=40)
pprint.pprint(('tuple', 'with', 'many', 'string', 'items', 'exceeding', 'the', 'width'), width=30)
pprint.pprint([1, 2, 3], width=1)
pprint.pprint({}, width=1); pprint.pprint([[]]); pprint.pprint(set()); pprint.pprint(frozenset()); pprint.pprint({3, 1, 2}); pprint.pprint(frozenset(range(30)), width=30)
pprint.pprint({'a': {'b': {'c': {'d': {'e': 1}}}}}, depth=3)
pprint.pprint([[[[1]]]], depth=2)
pprint.pprint([(1, 2), [3], {4: 5}, {6}], depth=1)
pprint.pprint(bytearray(b'x' * 40), width=30)
pprint.pprint('x\ny\nz' * 5, width=20)
pprint.pprint(['with\ttab and spaces    ' * 3], width=30)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint([list(range(5))] * 4, compact=True, width=40)
pprint.pprint(range(10)); pprint.pprint(None); pprint.pprint(3.5e-10); pprint.pprint(-0.0); pprint.pprint(10**30, underscore_numbers=True)
pprint.pprint({(1, 2): 'a', (0, 5): 'b', (1, 0): 'c'})
pprint.pprint({1: 'a', 'b': 2, None: 3, 2.5: 4})
s = pprint.PrettyPrinter(width=25, depth=2, compact=True, sort_dicts=False)
print(s.pformat({'z': [1, [2, [3]]], 'a': 'abc' * 10}), s.isreadable([1]), s.isrecursive([1]))
class Cust:
    def __repr__(self):
        return 'Cust<\n multi>'
pprint.pprint([Cust(), Cust()], width=10)
class LD(list): pass
class DD(dict): pass
pprint.pprint(LD(range(30)), width=40); pprint.pprint(DD(a=1, b=list(range(20))), width=40)
class LR(list):
    def __repr__(self): return 'LR!'
pprint.pprint(LR(range(30)), width=20)
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('a\n\nb\r\nc\x0bd\x0ce', 4), textwrap.wrap('tab\there\tand\tthere', 12))
print(textwrap.fill('word ' * 12, 20, initial_indent='>>> ', subsequent_indent='... ', max_lines=3))
print(textwrap.wrap('x' * 25, 10, initial_indent='--'), textwrap.wrap('hello-world-foo-bar', 7), textwrap.wrap('1-2-3-4-5-6', 3))
print(textwrap.wrap('em—dash—here and mid-word break', 8), textwrap.wrap("don't stop-believing", 6))
print(repr(textwrap.dedent('\n  a\n  \t\n  b')), repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('')), repr(textwrap.dedent('   \n   x')))
print(textwrap.shorten('   ', 5), '|', textwrap.shorten('a ' * 40, 10), '|', textwrap.shorten('Lorem ipsum dolor sit amet', 15, placeholder='...'))
try:
    textwrap.wrap('abc', 5, max_lines=1, placeholder='toolongplaceholder')
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap('abcdef ghi', 4, initial_indent='12345')
except Exception as e:
    print(type(e).__name__, e)
w = textwrap.TextWrapper(width=12, tabsize=2, replace_whitespace=False)
print(w.wrap('a\tb c\nd e f g h'), textwrap.TextWrapper(width=10).fill('abc def ghi jkl'))
print(textwrap.wrap('The end.  New start.', 30, fix_sentence_endings=True), textwrap.wrap('Mr. Smith went.', 30, fix_sentence_endings=True))
f = string.Formatter()
print(f.vformat('{a[0]}{b.real}', (), {'a': 'xy', 'b': 3j}), f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{!a}', 'é'), f.format('{0}{0}', 'r'))
class MyF(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(MyF().format('{x} {y!u} {0}', 'pos', x=1, y='low'))
try:
    f.format('{0} {}', 1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    f.format('{x}')
except Exception as e:
    print(type(e).__name__, e)
try:
    f.format('{0!z}', 1)
except Exception as e:
    print(type(e).__name__, e)
print(list(f.parse('{a!r:>{w}} text {{x}} {}')))
print(string.Template('$a$b ${c}d $$').safe_substitute({'a': 1}, c=3), string.Template('$x').substitute({'x': 1}, x=2))
try:
    string.Template('$ x').substitute(x=1)
except ValueError as e:
    print(e)
try:
    string.Template('ok\n  $1').substitute()
except ValueError as e:
    print(e)
class T2(string.Template):
    idpattern = r'[a-z]+'
    braceidpattern = r'[A-Z_]+'
print(T2('$abc ${ABC_D} $ABC').safe_substitute(abc=1, ABC_D=2))
