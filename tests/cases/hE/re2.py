import re, collections, itertools, functools, datetime, json, enum, dataclasses, typing, decimal, fractions
# reprs of iterators / objects
print(repr(collections.deque([1], maxlen=3)), repr(collections.Counter({'a': 2, 'b': 2, 'c': 3})), collections.Counter('bbaacc').most_common(2))
print(collections.OrderedDict([(1, 2)]).__repr__(), repr(collections.defaultdict(lambda: 0)).split(' at ')[0])
print(collections.namedtuple('P', ['a', 'b'])(1, b=[2]))
print(re.compile(r'(?i)abc'), re.compile(r'x', re.DOTALL | re.UNICODE), re.compile(b'x'), re.compile(r'a\nb'), re.compile('\n'))
m = re.match(r'(a)(?P<x>b)?', 'a'); print(m, repr(m.group(2)), m.span(2), m.lastgroup, m.lastindex)
print(re.match('a', 'a\nbc'), re.search('\n', 'ab\ncd'), re.match('.*', 'x' * 60))
print(re.sub(r'(?P<n>\d)', r'\g<n>\g<n>', '1a2'), re.sub(r'\s+', ' ', ' a \t\n b '), re.sub('(a)', r'\\1', 'a'))
print(re.findall(r'(a)(b)?', 'aab'), re.split(r'(?=b)', 'abab'), re.split(r'x*', 'axbc'))
print(re.fullmatch(r'a|ab', 'ab'), re.search(r'(?<=\$)\d+(\.\d\d)?', 'cost $42.50 now'))
print(re.findall(r'[[:alpha:]]', 'ab') if False else '', re.findall(r'\d{2,3}?', '12345'), re.findall(r'(?x) a b # c', 'ab'))
print(re.compile(r'(?P<first>\w+) (?P<last>\w+)').sub(r'\g<last>, \g<first>', 'John Smith'))
print(re.findall(r'\u00e9|\x41|\N{LATIN SMALL LETTER A}', 'éAa'), re.findall(r'[^\x00-\x7f]', 'añb'))
print(re.search(r'(\w+)\s\1', 'hello hello world').group(1), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group())
print(re.sub(r'(?i)HELLO', 'bye', 'Hello HeLLo'), re.sub('a', lambda m: m.group().upper(), 'banana', 1))
print(re.split(r'\s*[,;]\s*', 'a , b;c ;d'), re.split('(?:,)', 'a,b'), re.split(r'(\d)(x)?', 'a1b2xc'))
print([m.span() for m in re.finditer(r'a*', 'baac')], [m.group() for m in re.finditer(r'\b\w', 'hi there you')])
try:
    re.compile('(?P<a>x)(?P=b)')
except re.error as e:
    print(e)
try:
    re.compile('x{3')
    print(re.match('x{3', 'x{3'))
except re.error as e:
    print(e)
for bad in ['a{,2}', '[]', '[^]', '(?<name>x)', '(?P<>x)', '\\', 'a|*', '(?i', '(?z)', 'x(?i)y', '[a-\\d]', '\\8', '(?#abc', '(a)(?(1)b|c)', '(?(2)a)', '\\N{foo}', '\\x1', '\\u12', '(?<!a*)b', '((((((((((a))))))))))\\10']:
    try:
        r = re.compile(bad); print(repr(bad), 'ok', r.groups)
    except re.error as e:
        print(repr(bad), e)
print(re.match(r'(a)(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'))
print(re.escape('-'), re.escape(' '), re.escape('#&~'), re.escape(b'a.b'))
p = re.compile(r'\d+'); print(p.match('a12', 1), p.search('abc12', 0, 4), p.findall('1 22 333', 2), p.fullmatch('123', 0, 2), p.split('a1b2c'), p.sub('#', 'a1b22'))
print(re.match(r'(?a)\w+', 'abé'), re.match(r'\w+', 'abé', re.ASCII), re.match(r'(?u)\w+', 'abé'))
try:
    re.compile(r'(?au)x')
except Exception as e: print(type(e).__name__, e)
try:
    re.compile(b'x', re.UNICODE)
except Exception as e: print(type(e).__name__, e)
try:
    re.compile('x', re.LOCALE)
except Exception as e: print(type(e).__name__, e)
print(re.findall(r'(?i)[a-z]+', 'ΑΒΓ abc ſ K'), re.findall(r'(?i)k', 'K k K'), re.match(r'(?i)ß', 'ẞ'))
print(re.sub(r'(?m)^\s+', '', '  a\n   b'), re.findall(r'.$', 'ab\ncd\n', re.M), re.findall(r'\A\w', 'ab\ncd', re.M))
print(re.match(r'x*?y', 'xxy').group(), re.match(r'(?>a+)b' if False else 'a++b' if False else 'a+b', 'aab').group())
m = re.search(r'(?P<k>\w+)=(?P<v>\w+)', 'key=val'); print(m.expand(r'\g<v>=\g<k>'), m.regs if hasattr(m, 'regs') else '', m.start(), m.end())
print(re.Match, re.Pattern, type(m).__name__, re.RegexFlag.IGNORECASE, repr(re.IGNORECASE), re.NOFLAG if hasattr(re, 'NOFLAG') else '')
m2 = re.match(r'(\d+)', '42'); print(m2[0], m2[1], len(m2.groups()), m2.group(0, 1, 0))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m[1].upper() + m[2], 'hello big world'), re.subn(r'\d', 'N', 'a1b2c3', 0))
print(re.findall(r'(\d+)|(\w+)', '12 ab 3'), re.findall('(?:a)(b)', 'abab'))
