import re
tests = [
 (r'a++b', 'aaab'), (r'a*+a', 'aaa'), (r'(?>a+)b', 'aab'), (r'(?>a|ab)c', 'abc'), (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'),
 (r'(?P<x>a)?(?(x)b|c)', 'xc'), (r'a{,2}', 'aaa'), (r'a{2}', 'aaa'), (r'a{1,2}?', 'aa'), (r'x{0}', 'x'), (r'a{,}', 'a{,}'),
 (r'(?i)straße', 'STRASSE'), (r'(?i)ß', 'ẞ'), (r'(?i)k', '\u212a'), (r'(?ia)k', '\u212a'), (r'(?i)(a)\1', 'aA'), (r'\d+', '١٢٣'), (r'(?a)\d+', '١٢٣'),
 (r'\w+', 'naïve_9'), (r'(?a)\w+', 'naïve'), (r'\bfoo\b', 'a foo.'), (r'\Bo\B', 'foo'), (r'[\s\S]+', 'a\nb'), (r'[^]]', ']a'), (r'[]a]+', 'a]'),
 (r'[a-]+', '-a-'), (r'[\w-]+', 'a-b'), (r'\x41\u0042\U00000043\101\0', 'ABCA\x00'), (r'[\d.]+', '3.14'), (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'),
 (r'(?m)$', 'a\nb'), (r'^$', ''), (r'(a|b)*c', 'ababc'), (r'(a*)*b', 'b'), (r'(a*)+b', 'aab'), (r'(?:(a)|b)+', 'ab'), (r'(a)|(b)', 'b'),
 (r'(?<=ab)c', 'abc'), (r'(?<!a)c', 'bc'), (r'(?=a)', 'ba'), (r'(?!a).', 'ab'), (r'\Aa', 'ba'), (r'a\Z', 'a\n'), (r'(?x)a  b  # comment', 'ab'),
 (r'(?x)[ ]a', ' a'), (r'(?x)a\ b', 'a b'), (r'\u00e9', 'é'), (r'(?i)[a-z]+', 'ÀBc'), (r'(?i)[à-ÿ]+', 'ÀÉ'), (r'[\u0400-\u04ff]+', 'Привет'),
 (r'(?i:a)b', 'Ab'), (r'(?i:a)b', 'AB'), (r'(?-i:a)b', 'aB'), (r'a.c', 'a\rc'), (r'\$\d', '$5'), (r'(\w+)@(\w+)\.com', 'x joe@mail.com y'),
]
for p, s in tests:
    try:
        m = re.search(p, s)
        print(repr(p), repr(s), m and (m.group(), m.groups(), m.span()))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.split(r'\b', 'ab cd'), re.split(r'(?=b)', 'abab'), re.split(r'', 'abc'), re.sub(r'x*', '-', 'abxd'), re.sub(r'\b', '|', 'hi yo'))
print(re.findall(r'a|', 'baab'), re.findall(r'(?=(\w\w))', 'abcd'), re.findall('', 'ab'), [m.span() for m in re.finditer(r'\w*', 'ab c')])
print(re.subn(r'(?m)^', '> ', 'a\nb\n'), re.sub(r'$', '!', 'a\nb\n'), re.sub(r'(?m)$', '!', 'a\nb\n'))
print(re.sub(r'(a)(b)?', r'[\2]', 'a ab'), re.sub('a', r'\\', 'a'), re.sub('a', '\\\\n', 'a'), re.sub(r'(?P<n>a)', r'\g<1>\g<n>\g<0>', 'a'))
for bad in [r'(?P<n>a)(?P=m)', r'(?(2)a|b)', r'(?<=a|bc)', r'a{3,2}', r'[z-a]', r'(?P<>a)', r'\k', r'(?i', r'(?#unclosed', r'(?<a>x)', r'x{65536}', r'\8', '\\', r'[\d-z]', r'(?x)[a', '(?ai)a', '(?u)a', '(?L)a', r'(?P<a-b>x)', r'(?P=1a)']:
    try: re.compile(bad); print(repr(bad), 'ok')
    except re.error as e: print(repr(bad), e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e: print(repr(bad), type(e).__name__, e)
for bad_repl in [r'\g<', r'\g<a', r'\g<1a>', r'\g<-1>', '\\', r'\9']:
    try: print(re.sub('(a)', bad_repl, 'a'))
    except Exception as e: print(repr(bad_repl), type(e).__name__, e)
m = re.match(r'(?P<a>x)(y)?', 'xz'); print(m, repr(m), m.span(2), m.start(2), m.group(2), m.lastindex, m.lastgroup)
print(re.match(r'(a)(?P<b>b)', 'ab').lastgroup, re.match(r'((a)b)', 'ab').lastindex, re.compile(r'(?P<x>a)|b').groupindex)
p = re.compile(r'\d+'); print(p.search('ab12cd34', 5), p.match('12', 1), p.findall('1 22 333', 2, 6), p.fullmatch('a12', 1), p.sub('#', 'a1b2', 1), p.split('a1b2c', 1))
print(p.scanner('1 2').search().group() if hasattr(p, 'scanner') else '', p.pattern, p.flags, re.compile(b'\\d').pattern, re.findall(rb'\w+', b'ab cd'))
try: re.search('a', b'a')
except TypeError as e: print(e)
try: re.search(b'a', 'a')
except TypeError as e: print(e)
print(re.compile('a', re.I | re.S | re.X | re.A), re.compile('(?i)a').flags, re.RegexFlag.IGNORECASE, repr(re.I | re.M), re.NOFLAG if hasattr(re, 'NOFLAG') else '')
print(re.match('(?i)(?P<g>[a-c]+)', 'ABCd').groupdict(), re.fullmatch(r'(?:\d{3}-){2}\d{4}', '555-123-4567') is not None)
print(re.escape(b'a.b'), re.findall(r'(\d+)-(\d+)?', '1-2 3-'), re.sub(r'(\d+)', lambda m: f'<{m[1]}>', 'a1b23'))
print(re.compile(r'(?i)ǅ').match('ǆ'), re.match(r'(?i)[ǅ]', 'Ǆ'), re.match(r'(?i)ﬀ', 'FF'), re.match('(?i)İ', 'i'), re.match(r'(?i)σ', 'ς'), re.match(r'(?i)[σ]', 'Σ'))
