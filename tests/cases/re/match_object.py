# re.Match: group access by number and name, defaults, spans, lastindex/lastgroup, regs,
# repr, truth, and the errors for bad group references.
import re


def show(expr):
    try:
        r = eval(expr)
        print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?(x)?', 'say Isaac Newton now')
n = re.match(r'(a)(b)?(?P<c>c)?', 'a')
u = re.search('(é+)(😀)?', 'xéé😀y')
b = re.match(rb'(?P<k>\w+)=(?P<v>\w*)', b'key=val')
z = re.match('', 'abc')
for expr in [
    "m", "m.group()", "m.group(0)", "m.group(1)", "m.group(2, 1)", "m.group('first')",
    "m.group('last', 0, 'rest')", "m.group(4)", "m.group(5)", "m.group(-1)", "m.group('x')",
    "m.group([])", "m.group(1.0)", "m.group(True)", "m.group(2**70)", "m.group(None)",
    "m[0]", "m[1]", "m['last']", "m[5]", "m['nope']", "m[1:2]",
    "m.groups()", "m.groups('-')", "m.groups(default=0)", "m.groups(None)", "m.groups(1, 2)",
    "m.groupdict()", "m.groupdict('?')", "m.groupdict(default=1)", "m.groupdict(1, 2)",
    "m.start()", "m.end()", "m.span()", "m.start(1)", "m.end('last')", "m.span('rest')",
    "m.span(4)", "m.start(4)", "m.end(4)", "m.span(5)", "m.start('x')", "m.span(1, 2)",
    "m.start(g=1)", "m.regs", "m.lastindex", "m.lastgroup", "m.pos", "m.endpos",
    "m.re", "m.string", "bool(m)", "m.expand(r'\\2, \\1')",
    "n.groups()", "n.groupdict()", "n.lastindex", "n.lastgroup", "n.regs", "n.span(2)", "n[3]",
    "u", "u.span(1)", "u.group(2)", "u.regs", "u.groups()",
    "b", "b.group('k')", "b.groupdict()", "b.span('v')", "b['v']", "b.string",
    "z", "z.group()", "z.lastindex", "z.groups()", "z.regs",
    "re.match('(a)(?:b)', 'ab').lastindex", "re.match('(a)(b)', 'ab').lastindex",
    "re.match('((a)(b))', 'ab').lastindex", "re.match('(?P<o>(?P<i>a))', 'a').lastgroup",
    "re.match('(?P<o>a)(b)', 'ab').lastgroup", "re.match('(a)|(b)', 'b').lastindex",
    "re.match('(?:(a)|b)*', 'ab').lastindex", "re.match('(a)(?=(b))', 'ab').lastindex",
    "re.match('x(a)?', 'x').lastindex",
    "re.match('a' * 60, 'a' * 60)", "re.match('.*', 'x' * 51)", "re.match('.*', '\\n')",
    "re.match(b'.*', b'\\xff\\x00')", "re.match('.+', 'it\\'s \"q\"')", "re.match('.', 'é')",
    "re.match(b'.', bytearray(b'x'))", "re.match(b'.', memoryview(b'x'))",
    "re.match('a', 'a') == re.match('a', 'a')", "type(m).__name__", "type(m).__module__",
    "m.group.__name__", "len(dir(m)) > 10", "hasattr(m, '__len__')",
]:
    show(expr)

# attributes are read-only
for attr in ['pos', 'string', 'lastindex', 're', 'regs']:
    try:
        setattr(m, attr, 1)
        print(attr, 'set?')
    except AttributeError:
        print(attr, 'read-only')
try:
    m.foo = 1
except AttributeError:
    print('no __dict__')

# Match objects hold the original object; group values are str/bytes slices
ba = bytearray(b'hello')
mb = re.search(b'l+', ba)
print(mb.string is ba, type(mb.group()), mb.group())
class S(str):
    pass
ms = re.search('l+', S('hello'))
print(type(ms.string).__name__, type(ms.group()).__name__, ms.group())
print(re.match('.*', 'abc').group() is not None)
mm = re.match('(a)', 'a')
for f in ['mm.group(x=1)', 'mm.start(g=1)', 'mm.end(g=1)', 'mm.span(g=1)', 'mm.groups(1,2)',
          'mm.groupdict(1,2)', 'mm.expand()', 'mm.expand(t=1)', 'mm.expand(template="x")',
          'mm.__getitem__()', 'mm.start(1,2)', 'mm.end(1,2)', 'mm.groups(x=1)']:
    show(f)
