# Pattern parse errors: message, position, line and column, as CPython 3.11 reports them.
import re
pats = [r'[\x42-\x41]', r'[b-a]', r'[\w-a]', r'[a-\w]', '[a', '[^', '[]', '[^]', '[]a]', '[a-]', '[a-', r'[\d-]', 'a\\', '\\', r'(?P<a\>x)', '(?P<>x)', '(?P<a', '(?P<', '(?P<1>x)', '(?P=1)', '(?P=a', '(?P', '(?Px', '(?', '(?<', '(?<x', '(?#abc', '(?i', '(?i-', '(?i-:x)', '(?-', '(?-i', '(?-x:a)', '(?iq)', '(?i1)', '(?-q:a)', '(?-1:a)', '(?i-i:a)','(?a-u:x)', '(?au:x)', '(?L:x)', '(?u:x)', 'a(?i)', '(?t:x)', '(?-t:x)', '(?x)', 'a|(?i)b', '(?i)(?m)a', '(?(1)a|b)', '(?(1)a|b|c)', '(a)(?(1)a|b|c)', '(?(a)x)', '(?(-1)x)', '(?(0)x)', '(?(1', '(?()x)', '(?(1a)x)', '(?P<n>a)(?(n)x|y)', '(?(٣)x)', '(a)\\2', '(a\\1)', '\\8', '\\08', '\\400', '\\777', '\\0777', r'\xg', r'\x4', r'\u12', r'\U0011ffff', r'\N', r'\N{', r'\N{}', r'\N{foo}', r'\N{LATIN SMALL LETTER A}', r'\q', r'\_', r'\€', ')', 'a)', '*', 'a**', 'a*?+', 'a++', '^*', '\\b*', '(?:)*', '()*', '$?', '\\A+', '(?<=a)(?<!b)', '(?P<a>x)(?P<a>y)', 'x{3,2}', 'x{4294967296,}', 'a{4294967295}', 'a{4294967294}', 'a{1,4294967295}', 'a{99999999999999999999}', 'a{,5}', 'a{3,}', 'a{}', 'a{,}', 'a{x}', 'a{1,2', 'x{2}{3}', '(?<=a{2})b', '(?<=a|bc)', '(?<=(a)\\1)', '(a)(?<=\\1)', '(?<=a*)', '(?<!a+)b', '(?<=\\b)a', '(?P<a>x)(?<=(?P=a))', '(?P<a>x(?P=a))', '(?P=a)(?P<a>x)', '(?<=(?P<a>x))(?P=a)', '(?<=x(?(1)a|b))', '(?<=(a)(?(1)b|c))', 'a\n(b', 'a\nb\n[c', '(?x)a\n b [', b'(?P<\xe9>a)', b'\\N{x}', b'\\u1234', b'[\\U0001]', b'(?u)a', b'(?L)a', b'(?aL)a', '(?i', '(?x: a)b # c', '(?-x:a b)', '(?x)(?-x:a b)', '[[a]', '[a&&b]', '[a--b]', '[a~~b]', '[a||b]', '(?P<a-b>x)', '(?P<a b>x)', '(?P<ä>x)', '(?P<𝔘𝔫𝔦>x)', '(?P=ä)', '(?Pb)', '(?P<>)', 'x(?#comment)y', '(?#)', '(?i)(?#)a', '\\Z\\A', '(?s).', '\\p', '\\e', '\\cA', '\\K', '(?<x>a)', '(?<!)', '(?|a)', '(?R)', '(?P>a)', '(?&a)', '(?-i)a', '(?^)a', '(?i-:a)', '(?:a', '(a', '((a)', '(?=a', '(?!a', '(?<=a', '(?(1)a', '(a)(?(1)a', '(?>a', '(?i:a', 'a{2,3}{4}', 'a{2}*', 'a??', 'a*??', 'a{1,2}+', '(?:a|b)++', '\\1', '(?:(a)|b)\\1', '(?(2)a|b)(c)', '(?(2)a|b)', '(?(10)a|b)(c)']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups, r.flags, dict(r.groupindex))
    except re.error as e:
        print(repr(p), 'error', repr(e.msg), e.pos, e.lineno, e.colno, repr(str(e)), repr(e.pattern))
    except Exception as e:
        print(repr(p), type(e).__name__, e)

# errors raised with other pattern types and flags
for p, f in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'a', re.A | re.L), (')', re.L),
             ('(?u)a', re.A), (b'(?a)a', re.L), ('(?a)(?u)a', 0), ('(?L)a', 0)]:
    try:
        re.compile(p, f)
        print(repr(p), f, 'OK')
    except Exception as e:
        print(repr(p), f, type(e).__name__, e)

# re.error itself
e = re.error('boom')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e), e.args)
e = re.error('boom', 'ab\ncd', 4)
print(e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, str(e))
e = re.error('boom', b'ab\ncd', 1)
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
try:
    re.compile('(?P<a>x)|\n(?P<a>y)')
except re.error as err:
    print(isinstance(err, Exception), err.msg, err.pos, err.lineno, err.colno)
try:
    raise re.error('x', 'abc', 1)
except re.error as err:
    print(repr(err))
