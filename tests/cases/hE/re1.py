import re
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?', 'Date: 2023-07 and more')
print(m)
print(m.groups(), m.groups('x'), m.groupdict(), m.groupdict(0), m.group(0, 1), m.span('mon'), m.start(3), m.end('day'))
print(m.lastindex, m.lastgroup, m.re.pattern, m.string[:5], m.pos, m.endpos)
print(m['year'], m[2])
try:
    m.group(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    m.group('nope')
except Exception as e:
    print(type(e).__name__, e)
print(re.findall(r'(\w)(\d)', 'a1 b2 c3'), re.findall(r'\w\d', 'a1 b2'), re.findall(r'(\w)\d', 'a1 b2'))
print(re.findall(r'(?<=@)\w+', 'x@foo y@bar'), re.findall(r'\w+(?=!)', 'hey! you! no'))
print(re.findall(r'(?<!\d)\d{2}(?!\d)', '12 345 67 8'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<w>\w+)@', r'<\g<w>>', 'a@ b@'), re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'a', 'A', 'banana', count=2))
print(re.sub('x*', '-', 'abxd'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r'\W+', '...words, here.'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\b', 'a b'))
for mm in re.finditer(r'\d+', 'a12b345c6'):
    print(mm.group(), mm.span())
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.match(r'\d+', '12a'))
print(re.escape('a.b*c?(d) e-f_g'), re.escape('ü/\n'))
p = re.compile(r'''
    (\d+)   # number
    \s*
    ([a-z]+) # unit
''', re.VERBOSE | re.IGNORECASE)
print(p.findall('10 KG, 5m'), p.flags & re.VERBOSE != 0, p.groups, p.groupindex)
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'a.b', 'a\nb', re.S), re.findall(r'a.b', 'a\nb'))
print(re.findall(r'straße', 'STRASSE Straße', re.I), re.findall(r'ǅ', 'ǄǅǆDž', re.I), re.match(r'(?i)ÉTÉ', 'été'))
print(re.findall(r'\w+', 'naïve café 日本'), re.findall(r'\w+', 'naïve café', re.A))
print(re.search(r'(a)(b)?\2', 'ab'), re.search(r'(a)\1', 'xaay'))
print(re.compile(r'\d'), re.compile(r'\d', re.I | re.M), repr(re.compile('a' * 5)))
print(re.I, re.I | re.M, re.VERBOSE, repr(re.A | re.X))
for bad in ['(', 'a)', '[a-', '*a', 'a{2,1}', r'\1', '(?P<n>a)(?P<n>b)', '(?<=a+)b', r'\p', '[z-a]', '(?P<1a>x)', 'a**', '(?x']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', e, '|', e.pos, e.msg)
print(re.match(r'(\d+)-(\d+)', '10-20').expand(r'\2:\1'))
print(re.sub(r'a|(b)', r'[\1]', 'ab'))
try:
    re.sub(r'a', r'\2', 'a')
except Exception as e:
    print(type(e).__name__, e)
print(re.purge())
print(re.search(r'\bfoo\b', 'a foo b').span(), re.search(r'\Bo', 'foo').start())
print(re.match(r'(?:ab)+', 'ababx').group(), re.match(r'a{2,}?', 'aaaa').group(), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.findall(r'(?m)^$', 'a\n\nb\n'), re.findall(r'\Z', 'ab'), re.sub(r'$', '!', 'a\nb\n'))
print(re.match(r'(?s:.)b', '\nb'), re.match(r'(?i:A)b', 'ab'), re.match(r'(?i:A)b', 'aB'))
print(bool(re.match(b'\\d', b'5')), re.findall(rb'[a-z]+', b'ab CD ef'))
try:
    re.match(r'\d', b'5')
except Exception as e:
    print(type(e).__name__, e)
print(re.match(r'(?P<a>x)(?P=a)', 'xx').group(), re.sub(r'(?P<a>x)', r'\g<0>\g<a>', 'x'))
print(re.match(r'(a)?(b)?', 'b').groups(), re.match(r'(a)?(b)?', 'b').span(1))
print(re.search(r'[^\W\d_]+', '12_abc3').group(), re.findall(r'[\s\S]', 'a b'))
print(re.split('', 'abc'), re.findall('', 'ab'))
