import re
m = re.match(r'(?P<a>\d+)(?:-(?P<b>\d+))?(x)?', '12-34')
print(m)
print(m.group(), m.group(0), m.group(1, 2, 3), m.groups(), m.groups('z'))
print(m.groupdict(), m.groupdict(default='D'))
print(m.start(3), m.end(3), m.span(3), m.span('a'), m.start('b'))
print(m.lastindex, m.lastgroup, m.re, m.string, m.pos, m.endpos)
print(m[0], m['a'], m[2], m[3])
for bad in (4, 'c', -1, 1.5, None):
    try:
        print(m.group(bad))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(m[bad])
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(m.span(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(m.expand(r'\2/\1 \g<a> \g<0> \g<2>'))
try:
    print(m.expand(r'\3'))
except Exception as e:
    print(type(e).__name__, e)
for t in (r'\g<', r'\g<x', r'\g<9>', r'\g<-1>', r'\g<1a>', r'\9', '\\', r'\g', r'\q', r'\n\t', r'\0', r'\07', r'\10'):
    try:
        print(repr(m.expand(t)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
m = re.search(r'(a)(b)?', 'xab')
print(m.lastindex, m.lastgroup)
m = re.search(r'((a)(b))', 'ab')
print(m.lastindex, m.regs)
m = re.search(r'(?P<outer>(?P<inner>x))', 'x')
print(m.lastgroup, m.lastindex)
m = re.match('', '')
print(m, m.lastindex, m.lastgroup, m.groups(), bool(m))
print(re.match('a', 'b'))
m = re.search('b+', 'aabbbcc')
print(repr(m), str(m) == repr(m))
m = re.search(b'b+', b'aabbbcc')
print(m, m.group(), m.string)
m = re.search('x', 'a' * 100 + 'x' + 'a' * 100)
print(m)
m = re.search('a+', 'b' + 'a' * 100)
print(m)
m = re.search("'", "it's")
print(m)
m = re.search('"', 'say "hi"')
print(m)
m = re.search('\n', 'a\nb')
print(m)
m = re.search('é+', 'caféé')
print(m)
import copy
m = re.match('(a)', 'a')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
try:
    m.foo
except Exception as e:
    print(type(e).__name__, e)
print(type(m).__name__, type(m).__module__, type(re.compile('x')))
try:
    re.Match()
except Exception as e:
    print(type(e).__name__, e)
print(m.__class_getitem__(str) if hasattr(m, '__class_getitem__') else None)
print(re.Match[str], re.Pattern[bytes])
