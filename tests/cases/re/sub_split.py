# sub, subn, split, findall and finditer: replacement templates, callables, counts, the
# empty-match rules of Python 3.7+, and the errors of each.
import re


def show(expr):
    try:
        r = eval(expr)
        print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


EXPRS = [
    # empty matches
    "re.sub('x*', '-', 'abxd')", "re.sub('x*', '-', '')", "re.sub('', '-', 'abc')",
    "re.sub('x*?', '-', 'axxb')", "re.sub('(?=b)', '-', 'abab')", "re.sub('b*', '-', 'abbc')",
    "re.sub(r'\\b', '|', 'ab cd')", "re.sub(r'\\B', '|', 'ab cd')", "re.sub('$', '!', 'a\\nb\\n')",
    "re.sub('(?m)$', '!', 'a\\nb\\n')", "re.sub('(?m)^', '>', 'a\\nb\\n')", "re.sub('a|', '-', 'bab')",
    "re.subn('x*', '-', 'abxd')", "re.subn('', '', 'abc')", "re.subn('a*', 'b', 'baaac')",
    "re.split('x*', 'abxd')", "re.split('', 'abc')", "re.split('(x*)', 'abxd')",
    "re.split(r'\\b', 'a b')", "re.split(r'(?=b)', 'abab')", "re.split('a*', 'baaac')",
    "re.split('(?m)^', 'a\\nb\\nc')", "re.split('$', 'a\\nb')",
    "re.findall('x*', 'abxd')", "re.findall('', 'ab')", "re.findall('a*?', 'aa')",
    "re.findall(r'\\b', 'ab cd')", "re.findall('(a)|b', 'ab')", "re.findall('(a)(b)?', 'aab')",
    "[m.span() for m in re.finditer('x*', 'abxd')]", "[m.span() for m in re.finditer('', 'ab')]",
    "[m.span() for m in re.finditer('a|(?=b)', 'abab')]", "[m.span() for m in re.finditer(r'\\b|a', 'a b')]",
    # sub templates
    "re.sub('(a)(b)', r'\\2\\1', 'abab')", "re.sub('(?P<x>a)', r'<\\g<x>>', 'bab')",
    "re.sub('a', r'\\g<0>\\g<0>', 'bab')", "re.sub('(a)', r'\\g<1>0', 'a')", "re.sub('(a)', r'\\10', 'a')",
    "re.sub('(a)', r'\\1\\n\\t\\\\', 'a')", "re.sub('(a)', r'\\0', 'a')", "re.sub('(a)', r'\\00', 'a')",
    "re.sub('(a)', r'\\101', 'a')", "re.sub('(a)', r'\\1a1', 'a')", "re.sub('(a)|b', r'[\\1]', 'ab')",
    "re.sub('(a)', r'\\é\\&\\-', 'a')", "re.sub('a', r'\\\\', 'a')", "re.sub('a', '\\n', 'a')",
    "re.sub('(?P<n1>a)', r'\\g<n1>\\g<1>', 'a')", "re.sub('(a)', r'\\g< 1 >', 'a')",
    "re.sub('(?P<a>x)(?P<b>y)', r'\\g<b>\\g<a>', 'xy')", "re.sub('x', 'y', 'xxx', 2)",
    "re.sub('x', 'y', 'xxx', count=1)", "re.sub('x', 'y', 'xxx', -1)", "re.sub('x', 'y', 'xxx', 0)",
    "re.subn('x', 'y', 'xxx', 2)", "re.subn('(x)', r'\\1\\1', 'axbx')",
    "re.sub('[aeiou]', lambda m: m.group().upper(), 'education')",
    "re.sub('\\\\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333')",
    "re.sub('a', lambda m: None, 'banana')", "re.sub('(a)|(b)', lambda m: str(m.lastindex), 'abc')",
    "re.sub('a', lambda m: m.string[:1] + str(m.span()), 'xaa')",
    "re.sub('', lambda m: str(m.start()), 'ab')",
    "re.sub('a', 'b', 'xyz') ", "re.sub('a', 'b', '')", "re.sub('(?i)A', 'x', 'aA')",
    "re.sub('.', 'x', 'é€😀')", "re.sub('(.)', r'\\1\\1', 'é€😀')", "re.subn('€', 'E', 'a€b€')",
    # template errors
    "re.sub('(a)', r'\\2', 'a')", "re.sub('(a)', r'\\g<x>', 'a')", "re.sub('(a)', r'\\g<0x>', 'a')",
    "re.sub('(a)', r'\\g<-1>', 'a')", "re.sub('(a)', r'\\g', 'a')", "re.sub('(a)', r'\\g<', 'a')",
    "re.sub('(a)', r'\\g<>', 'a')", "re.sub('(a)', r'\\g<1', 'a')", "re.sub('(a)', r'\\q', 'a')",
    "re.sub('(a)', '\\\\', 'a')", "re.sub('(a)', r'\\777', 'a')", "re.sub('(a)', r'\\400', 'a')",
    "re.sub('(a)', r'\\g<99999999999>', 'a')", "re.sub('(a)', r'\\g<2>', 'a')", "re.sub('(a)', r'\\q\\\\'[:-1], 'a')",
    "re.sub('(a)', r'\\g\\\\'[:-1], 'a')", "re.sub('(a)', r'x\\9', 'a')", "re.sub('(a)', r'\\d', 'a')",
    "re.sub('(a)', 'x\\\\ny\\\\z', 'a')", "re.sub('a', r'\\g<a-b>', 'a')", "re.sub('a', r'\\g<é>', 'a')",
    "re.sub('(?P<é>a)', r'\\g<é>', 'a')",
    # type errors
    "re.sub('a', lambda m: 1, 'xa')", "re.sub('a', 1, 'a')", "re.sub('a', b'x', 'a')",
    "re.sub(b'a', 'x', b'a')", "re.sub(b'a', bytearray(b'x'), b'a')", "re.sub(b'a', memoryview(b'x'), b'ab')",
    "re.sub('a', lambda m: 'x', bytearray(b'a'))", "re.sub(b'a', lambda m: b'x', bytearray(b'a'))",
    "re.sub(b'a', lambda m: bytearray(b'x'), b'a')", "re.sub(b'a', lambda m: 'x', b'xa')",
    "re.sub('a', lambda m: b'x', 'a')", "re.sub(b'(a)', rb'\\1', b'ab')", "re.sub(b'(a)', r'\\1', b'ab')",
    "re.sub('(a)', rb'\\1', 'ab')", "re.sub('(a)', rb'x\\n', 'ab')", "re.sub(b'(a)', rb'\\g<1>x\\n', b'ab')",
    "re.sub('a', 'b', 1)", "re.sub('a', 'b')", "re.sub('a', 'b', 'a', 'x')", "re.sub('a', 'b', 'a', 1.5)",
    "re.compile('a').sub(repl='b', string='aa', count=1)", "re.compile('a').sub('b', string='aa')",
    "re.compile('a').sub(string='aa')", "re.compile('a').sub('b', 'a', 1, 2)",
    "re.compile('a').subn('b', 'aa', cnt=1)",
    "re.sub('a', lambda m: 1/0, 'a')",
    # split
    "re.split(',', 'a,b,,c')", "re.split('(,)', 'a,b,,c')", "re.split(',', 'a,b,c', 1)",
    "re.split(',', 'a,b,c', maxsplit=2)", "re.split(',', 'a,b,c', -1)", "re.split(',', '')",
    "re.split('(a)|b', 'xaybz')", "re.split('(?:a)|(b)', 'xaybz')", "re.split('[ ,]+', 'a , b  c')",
    "re.split('(x)?,', 'a,b')", "re.split(r'\\s+', '  leading and trailing  ')", "re.split('a', 'bab', 1, maxsplit=1)",
    "re.compile(',').split('a,b', maxsplit=1)", "re.compile(',').split(string='a,b')",
    "re.split('€', 'a€b€€c')", "re.split('(€)', 'a€b')", "re.split(b',', b'a,b')", "re.split(b'(,)', bytearray(b'a,b'))",
    # findall
    "re.findall(r'\\d+', 'a1b22c333')", "re.findall(r'(\\d)(\\d)?', 'a1b22c333')",
    "re.findall(r'(?:\\d)', 'a12')", "re.findall(r'(\\w)=(\\d)', 'a=1 b=2 c=x')", "re.findall('(a)|(b)', 'ab')",
    "re.findall('a', 'aaaa', 1)", "re.compile('a').findall('aaaa', 1, 3)", "re.compile('a').findall('aaaa', endpos=2)",
    "re.findall('é+', 'aééb€é')", "re.findall(b'\\\\d', b'a1b2')", "re.findall(b'(a)(x)?', bytearray(b'aa'))",
    "re.findall('(a)(?:(x)|y)?', 'aay')",
    # finditer
    "[m.group() for m in re.finditer(r'\\w+', 'hello big world')]",
    "[(m.start(), m.end(), m.group(1)) for m in re.finditer(r'(\\w)\\w*', 'ab cd')]",
    "[m.span() for m in re.compile('a').finditer('aaaa', 1, 3)]",
    "[m.pos for m in re.compile('a').finditer('aaaa', 1, 3)]",
    "[m.endpos for m in re.compile('a').finditer('aaaa', 1, 3)]",
    "type(re.finditer('a', 'a')).__name__", "next(re.finditer('a', 'b'), 'none')",
]
for e in EXPRS:
    show(e)

# a finditer iterator: exhausted stays exhausted, and iter() is itself
it = re.finditer('a', 'aa')
print(iter(it) is it, next(it).span(), next(it).span(), next(it, None), next(it, None))
# a scanner
sc = re.compile(r'\d+').scanner('a12b345')
print(sc.pattern.pattern, sc.search().group(), sc.search().group(), sc.search(), sc.search())
sc = re.compile(r'\d').scanner('12a3')
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile('').scanner('ab')
print([sc.search().span() for _ in range(3)], sc.search())
sc = re.compile('a*').scanner('aab')
print(sc.match().span(), sc.match().span(), sc.match())
# callables see every match in order and may use the match object
seen = []
def repl(m):
    seen.append((m.span(), m.group(0), m.re.pattern, m.pos, m.endpos))
    return '<%s>' % m.group(0)
print(re.sub('b+|$', repl, 'abbcb'))
print(seen)
# nested use of re inside a callable
print(re.sub(r'\w+', lambda m: re.sub('[aeiou]', '*', m.group()), 'hello brave world'))
# the replacement is computed once per match, count limits calls
calls = []
print(re.sub('a', lambda m: calls.append(1) or 'b', 'aaaa', 2), len(calls))
# expand
m = re.match(r'(?P<x>\w)(\w)?', 'a')
print(repr(m.expand(r'[\1|\2|\g<x>|\g<0>]')))
for tmpl in [r'\3', r'\g<y>', 'plain', r'\n', b'x']:
    try:
        print(repr(m.expand(tmpl)))
    except Exception as e:
        print(type(e).__name__, e)
mb = re.match(rb'(a)(b)?', b'ab')
print(mb.expand(rb'\2\1\g<0>'), mb.expand(b'x'), mb.expand(bytearray(b'\\1y')))
for tmpl in ['x', r'\1']:
    try:
        print(repr(mb.expand(tmpl)))
    except Exception as e:
        print(type(e).__name__, e)
