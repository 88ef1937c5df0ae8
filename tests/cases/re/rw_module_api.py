# re module level: error attributes, escape, compile cache/flags checks, Scanner, purge
import re
for pat in ('a(b', 'x\n(?P<1>y)', b'[z', 'a{2,1}', '*'):
    try:
        re.compile(pat)
    except re.error as e:
        print(e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern)
e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, re.error('m', 'ab\ncd', 4))
print(re.escape('1.5*[x]+(y)? a-b|c^$ {}#&~\t\\'), re.escape(b'a.b\x00'), re.escape('ünï'))
p = re.compile(r'\d+')
print(re.compile(p) is p, re.search(p, 'ab12').group(), re.compile('x', re.I) is re.compile('x', re.I))
for bad in (lambda: re.compile(p, re.I), lambda: re.match(5, 'x'), lambda: re.compile(None)):
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
re.purge()
print(re.fullmatch('a+', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.split(r'(,)', 'a,b,c', 1),
      re.findall(r'(\w)(\d)', 'a1b2'), [m.span() for m in re.finditer('o', 'foo')], re.sub('(?i)X', '-', 'xXy'))
sc = re.Scanner([(r'\d+', lambda s, t: ('NUM', int(t))), (r'[a-z]+', lambda s, t: ('ID', t)),
                 (r'\s+', None), (r'(\+)|(-)', lambda s, t: ('OP', t, s.match.lastindex))])
print(sc.scan('abc 12 + x-3 ?rest'))
print(re.Scanner([('a', 'A'), ('b*', 'B')]).scan('aabbc'), re.Scanner([('x', 1)], re.I).scan('XxX'))
