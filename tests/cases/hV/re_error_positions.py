import re
pats = [r'(', r'(a', r'a)', r')', r'*', r'a**', r'a{2}{3}', r'+a', r'?', r'a??+', r'\q', r'\\\q', r'(?<x>a)', r'(?P<1>a)',
 r'(?P<a>a)(?P<a>b)', r'(?P=b)', r'(?P<a>a)(?P=a', r'(?P', r'(?x', r'(?i', r'(?-i)', r'(?i-i:a)', r'(?ii:a)', r'a(?i)b',
 r'(?<=a+)b', r'(?<!a*)b', r'(?<=a|bc)d', r'(?<=(a)|bc)d', r'(?(1)a|b)', r'(a)(?(1)a|b|c)', r'(?(x)a)', r'(?(0)a)', r'(?(-1)a)',
 r'(?#comment', r'a{3,2}', r'a{,', r'a{1', r'{', r'a{}', r'x{99999999999}', r'(?u)', r'(?a)(?u)', r'(?L)', r'(?au)x', r'\b*',
 r'^*', r'$+', r'(?=a)*', r'[b-a]', r'\8', r'(?P<a-b>x)', r'(?P<>x)', r'(?P=1)', r'(?P=)', r'(?&x)', r'(?>', r'(?>a)*+',
 r'a*++', r'a{2}+', r'(?P<é>x)', r'(?P<a>x)(?P=a)', '\\', r'[a-\w]', r'\g<1>', r'(?<', r'(?<a', r'(?=', r'(?:', r'(?', r'x(?x)',
 r'(?x)  (?i) a', r'(?i)(?x)a', r'(?i)abc(?s)', r'\cA', r'\K', r'(?P<a>a)|(?P=a)', r'(a)|\1', r'(?i', r'(?-', r'(?-x', r'(?-:a)',
 r'(?i-:a)', r'(?a-u:a)', r'(?-a:a)', r'(?u-i:a)', r'((((((((((a))))))))))\11', r'\x', r'\xg', r'(?P<a', r'(?P<a>', r'(?P>a)']
for p in pats:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.groups)
    except re.error as e:
        print(repr(p), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'\\u1234', b'(?u)x', b'[\\N{DASH}]', b'\\N{EM DASH}']:
    try:
        print(re.compile(p))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
try:
    re.compile('a\n(b\n  c')
except re.error as e:
    print(e, e.lineno, e.colno, e.pos)
try:
    re.compile('a\n\n(?P<x>b\n  c', re.X)
except re.error as e:
    print(e, e.lineno, e.colno, e.pos)
try:
    re.compile(b'(\\q')
except re.error as e:
    print(e, e.lineno, e.colno, e.pos, e.pattern)
print(re.error.__module__, re.error.__name__, re.error is re.PatternError if hasattr(re, 'PatternError') else None)
e = re.error('custom')
print(e, e.msg, e.pos, e.pattern, e.lineno)
e = re.error('custom', 'abc', 1)
print(e, e.msg, e.pos, e.pattern, e.lineno, e.colno)
