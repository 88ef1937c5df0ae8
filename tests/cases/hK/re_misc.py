import re
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?', 'date: 2024-03 and')
print(m, m.groups(), m.groups('NA'), m.groupdict(), m.groupdict(0), m.span(), m.span(3), m.start('mon'), m.end(2))
print(m.group(0, 1, 'year'), m[1], m['mon'], m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(m.expand(r'\g<mon>/\1 \g<0>'), m.regs)
try:
    m.group(5)
except IndexError as e:
    print(e)
try:
    m.group('nope')
except IndexError as e:
    print(e)
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'\d+', lambda mm: str(int(mm.group()) * 2), 'a1b22c333'))
print(re.subn(r'a', 'A', 'banana', count=2), re.sub('x*', '-', 'abxd'))
print(re.sub(r'(?P<w>\w)', r'\g<w>\g<w>', 'ab'), re.sub('a', r'\n', 'xa'), re.sub('', '-', 'abc'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\W+', 'Words, words, words.', maxsplit=1), re.split('x*', 'axbc'))
print(re.split(r'(a)|b', 'xaybz'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'\d', 'a1b2'), re.findall(r'(a)?b', 'b ab'))
print([mm.span() for mm in re.finditer(r'\bo\w*', 'one two oat ooo')])
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.match('a', 'ba'), re.match('a', 'ba', ))
print(re.findall(r'(?<=\$)\d+', '$10 and $20 but 30'), re.findall(r'\w+(?=!)', 'hi! yo ok!'), re.findall(r'(?<!-)\b\d+', '-1 2 -3 4'))
print(re.findall(r'^\w+', 'ab\ncd\nef', re.M), re.findall('a.b', 'a\nb', re.S), re.findall('AB', 'ab aB', re.I))
p = re.compile(r'''
   (\d+)   # number
   \s* ([a-z]+)  # unit
''', re.VERBOSE | re.IGNORECASE)
print(p.findall('10 kg, 5M'), p.flags & re.VERBOSE != 0, p.groups, p.groupindex)
print(re.escape('a.b*c?d[e]f{1}^$|\\ -#&~'), re.escape('über_1'))
for bad in ['(', 'a)', '[a', 'a{2,1}', '*a', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'\1(a)', 'a**', '(?<=a+)b', r'\p', '[b-a]', '(?z)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e, e.pos)
print(repr(re.compile(r'a\d', re.I | re.M)), repr(re.compile('x')), re.compile('x') == re.compile('x'))
print(re.match(r'(a)(b)?', 'ac').groups(), re.match(r'(?i)hello', 'HeLLo'), re.search(r'(?m)^b$', 'a\nb\nc').span())
print(re.sub(r'(\d)', r'<\1>', '12'), re.sub(r'\s+', ' ', '  a \t b\n'), re.sub('(a)|b', r'[\1]', 'ab'))
print(re.match(r'(?:a|b)+', 'ababc').group(), re.match(r'a{2,}?', 'aaaa').group(), re.match(r'(a+)+b', 'aaab').groups())
print(re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" ok').group(), re.sub(r'(?<=a)', '-', 'aaa'))
print(re.findall(r'\b\w', 'héllo wörld'), re.findall(r'[^\W\d_]+', 'ab_12cd'), re.ASCII, re.I)
print(re.purge(), re.search('$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span(), re.findall(r'\d{2}', '12345'))
print(re.match(r'(?s:.)(.)', '\n\n'), re.compile(r'(?x) a b # c').pattern)
try:
    re.sub('a', r'\2', 'a')
except re.error as e:
    print(e)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print(type(e).__name__, e)
