# re basics: compile, match, search, fullmatch, pos/endpos, Pattern attributes and repr,
# the pattern cache, escape.
import re


def show(expr):
    try:
        r = eval(expr)
        print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


for expr in [
    "re.match('a', 'abc')", "re.match('b', 'abc')", "re.search('b', 'abc')", "re.search('x', 'abc')",
    "re.fullmatch('abc', 'abc')", "re.fullmatch('ab', 'abc')", "re.fullmatch('a|ab', 'ab')",
    "re.fullmatch('a*?', 'aaa')", "re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd')",
    "re.match('', '')", "re.search('', 'abc')", "re.search('$', 'abc')", "re.search('^', 'abc')",
    "re.match('a+', 'aaab')", "re.match('a+?', 'aaab')", "re.match('(a)(b)?', 'ac').groups()",
    "re.search(r'\\d+', 'abc 123 def 456')", "re.search(r'\\d+', 'abc 123 def 456').group()",
    "re.compile('b').search('abcb', 2)", "re.compile('b').search('abcb', 2, 3)",
    "re.compile('b').match('abcb', 1)", "re.compile('^b').search('abcb', 1)",
    "re.compile('b$').search('abcb', 0, 2)", "re.compile('c$').search('abcb', 0, 3)",
    "re.compile(r'\\bc').search('abcb', 2)", "re.compile('(?<=b)c').search('abcb', 2)",
    "re.compile('a').match('a', -5, 100)", "re.compile('').match('abc', 2, 1)",
    "re.compile('a*').match('abc', 2, 1)", "re.compile('').search('abc', 5, 1)",
    "re.compile('').fullmatch('abc', 2, 1)", "re.compile('x?').search('abc', 2, 1)",
    "re.compile(r'\\b').match('abc', 2, 1)", "re.compile('(?:ab)*').match('abc', 2, 1)",
    "re.compile('c').fullmatch('abcd', 2, 3)", "re.compile('c$').search('abcd', 0, 3)",
    "re.compile('a').search('bbba', pos=1)", "re.compile('a').search('bbba', endpos=3)",
    "re.compile('a').findall('aaaa', 1, 3)", "list(re.compile('a').finditer('aaaa', 1, 3))",
    "re.compile('a').search('aaa', True)", "re.compile('a').search('aaa', 2**62)",
]:
    show(expr)

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?# comment)', re.I | re.M)
print(p.pattern, p.flags, p.groups, dict(p.groupindex), repr(p.groupindex), type(p.groupindex).__name__)
print(repr(p))
for pat, fl in [('a', 0), ('a', re.I), ('a', re.I | re.M | re.S | re.X), ('a', re.A), (b'a', 0),
                (b'a', re.L), (b'a', re.I | re.A), ('(?i)a', 0), ('(?x)a', re.S), ('a', re.U),
                ('x' * 250, 0), ("it's", 0), ('a"b\'c', 0), ('\n\t', 0), ('é', re.I),
                (b'\xff', re.M), ('a', re.T)]:
    r = re.compile(pat, fl)
    print(repr(r), r.flags)

print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('a') == re.compile(b'a'), re.compile('a') != re.compile('b'),
      re.compile('a') == 'a', hash(re.compile('x')) == hash(re.compile('x')))
print(re.compile('abc') is re.compile('abc'), re.compile('abc', re.I) is re.compile('abc'))
c1 = re.compile('cached')
re.purge()
print(re.compile('cached') == c1)
print(re.compile(c1) is c1)
show("re.compile(c1, re.I)")
show("re.compile(re.compile('a'), 0)")
show("re.compile(1)")
show("re.compile([])")
show("re.compile(None)")
show("re.compile(bytearray(b'a'))")
show("re.match(re.compile('a'), 'a')")
show("re.search(re.compile('b'), 'ab', re.I)")

p = re.compile('(a)b')
m = p.match('ab')
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__({}) is m)
print(re.Pattern, re.Match, type(p) is re.Pattern, type(m) is re.Match, isinstance(m, re.Match))
print(re.Pattern[str], re.Match[bytes])
show("re.Pattern()")
show("re.Match()")
show("type(p)('a')")

for s in ['abc', 'a.b*c', 'a-b.c d\n\x00é', '()[]{}?*+-|^$\\.&~# \t\n\r\v\f', '_0aZ', '€\U0001f600',
          '']:
    e = re.escape(s)
    print(repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b'a-b.c d\n\x00\xe9\xff'))
show("re.escape(1)")
show("re.escape(bytearray(b'a.b'))")
print(re.__all__)
print(sorted(k for k in dir(re) if k.isupper()))
print(re.error.__module__, re.error.__name__, re.error.__mro__[1:])
print(re.template('abc').flags, re.compile('abc', re.TEMPLATE).match('abc'))
show("re.template('a*')")
