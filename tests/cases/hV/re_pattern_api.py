import re
for fl in (0, re.I, re.I | re.M, re.S | re.X | re.A, re.U, re.DEBUG & 0, re.L & 0, re.NOFLAG, re.ASCII | re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
    print(repr(fl), str(fl), int(fl))
print(re.I | 0, re.I | 1024, ~re.I, re.I & re.M, re.I ^ re.I, re.RegexFlag(2), re.RegexFlag(0))
print(re.RegexFlag.IGNORECASE.name, re.RegexFlag.IGNORECASE.value, list(re.RegexFlag)[:3])
print(re.TEMPLATE if hasattr(re, 'TEMPLATE') else 'no template', re.T if hasattr(re, 'T') else '')
ps = [re.compile('abc'), re.compile('a\nb'), re.compile("it's"), re.compile('a"b\'c'), re.compile(b'x\xff'), re.compile('x', re.I),
      re.compile('x', re.I | re.M | re.S), re.compile(b'x', re.I), re.compile('x', re.A), re.compile('x' * 300), re.compile('(?i)x'),
      re.compile('x', re.U), re.compile('é'), re.compile('\x00\t'), re.compile(r'\d+')]
for p in ps:
    print(repr(p), p.flags, p.groups, p.groupindex, p.pattern if len(p.pattern) < 20 else len(p.pattern))
p = re.compile(r'(?P<year>\d{4})-(?P<mon>\d\d)(x)?')
print(p.groupindex, type(p.groupindex).__name__, dict(p.groupindex))
try:
    p.groupindex['z'] = 1
except Exception as e:
    print(type(e).__name__, e)
print(p == re.compile(r'(?P<year>\d{4})-(?P<mon>\d\d)(x)?'), p != re.compile('x'), hash(p) == hash(re.compile(p.pattern)))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(123)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.search('a', 123)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.search('a', None)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.search('a', b'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.search(b'a', 'a')
except Exception as e:
    print(type(e).__name__, e)
print(re.search(b'a', bytearray(b'xa')), re.search(b'a', memoryview(b'xa')))
print(re.search('a', 'xa', flags=re.I))
try:
    re.compile('a', flags='x')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(b'a', re.U)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile('a', re.A | re.U)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile('a', re.L)
except Exception as e:
    print(type(e).__name__, e)
print(re.compile(b'a', re.L))
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p\tq\nr-s#t&u~v_w0é/'), re.escape(b'a.b\xff '))
print(re.escape(''), re.escape('!"%\',:;<=>@`'))
try:
    re.escape(5)
except Exception as e:
    print(type(e).__name__, e)
re.purge()
print(re.findall(re.compile('a'), 'aa'))
print(re.split(re.compile('a'), 'bab'))
print(re.fullmatch('a|ab', 'ab'), re.match('a|ab', 'ab'), re.fullmatch('(?:a|ab)', 'ab'))
print(re.fullmatch(r'\d+', '123\n'), re.fullmatch('a*?', 'aaa'))
p = re.compile('a+')
try:
    p.match()
except Exception as e:
    print(type(e).__name__, e)
try:
    p.match('a', 'x')
except Exception as e:
    print(type(e).__name__, e)
print(p.match(string='aa', pos=1, endpos=2))
try:
    p.match(string='aa', foo=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    re.match(pattern='a', string='a', flags=0, extra=1)
except Exception as e:
    print(type(e).__name__, e)
print(p.search('aaa', pos=True), p.search('aaa', endpos=2.0 if False else 2))
import copy, pickle
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p)
print(type(p).__name__, re.Pattern, re.Match)
try:
    re.Pattern()
except Exception as e:
    print(type(e).__name__, e)
s = re.Scanner([(r'\d+', lambda s, t: ('NUM', int(t))), (r'[a-z]+', lambda s, t: ('ID', t)), (r'\s+', None), (r'[-+*/=]', lambda s, t: ('OP', t))])
print(s.scan('x = 12 + y3 * 4 ?rest'))
print(sorted(n for n in re.__all__))
