import re, array
class S(str):
    def __getitem__(self, i):
        return 'X'
s = S('abcabc')
m = re.search('b(c)', s)
print(repr(m.group()), type(m.group()).__name__, type(m.string).__name__, m[1], m.groups())
print(re.findall('b', s), re.split('b', s), re.sub('b', 'B', s), type(re.sub('z', 'B', s)).__name__)
class B(bytes): pass
m = re.search(b'b', B(b'abc'))
print(m, type(m.group()).__name__, type(m.string).__name__)
m = re.search(b'b+', bytearray(b'abbc'))
print(m, type(m.group()).__name__, type(m.string).__name__)
print(re.sub(b'b', b'X', bytearray(b'abc')), re.split(b'b', bytearray(b'abc')), re.findall(b'b', memoryview(b'bb')))
m = re.search(b'b', memoryview(b'abc'))
print(m.group(), m.span(), type(m.string).__name__)
print(re.search(b'\x02', array.array('b', [1, 2, 3])))
try:
    print(re.search(b'a', array.array('i', [97])))
except Exception as e:
    print(type(e).__name__, e)
m = re.match('(a)(b)', 'ab')
print(m[True], m.group(False), m.span(True), m.start(True))
try:
    m[1.0]
except Exception as e:
    print(type(e).__name__, e)
class I:
    def __index__(self): return 2
print(m.group(I()), m[I()], m.span(I()))
print(re.sub('a', bytearray(b'x').decode(), 'aa'))
try:
    re.sub(b'a', bytearray(b'[\\g<0>]'), b'aa')
    print(re.sub(b'a', bytearray(b'[\\g<0>]'), b'aa'))
    print(re.sub(b'a', memoryview(b'[\\g<0>]'), b'aa'))
except Exception as e:
    print(type(e).__name__, e)
class S2(str): pass
print(re.sub('a', S2('z'), 'aa'), re.sub('a', S2('\\n'), 'aa'))
print(re.sub(S2('a'), 'z', 'aa'), re.compile(S2('a')).pattern.__class__.__name__)
p = re.compile('a')
print(p.sub(lambda m: S('q'), 'aa'), type(p.sub(lambda m: S('q'), 'aa')).__name__)
print(re.sub('', lambda m: '-', ''), re.sub('x', lambda m: 'y', 'x', count=0))
print(re.escape(S2('a.b')), type(re.escape(S2('a.b'))).__name__)
print(re.compile('x').search(S('x')).string.__class__.__name__)
print(re.split('(a)', S('bab'))[1].__class__.__name__)
print(re.findall('(a)(b)?', 'a'), re.findall(b'(a)(b)?', b'a'))
print(re.match('a', 'a', re.I | re.M).re.flags)
print(m.__class__, m.re.__class__)
print(re.match('x', 'x').regs, re.match('(x)?y', 'y').regs)
print(re.search('a', 'ba').__copy__() is not None)
print(re.search('(?s).', '\n'), re.search('.', '\n'))
print(re.compile('a').search('aaa'.encode().decode(), 1, -1))
print(re.compile('a').search('aaa', 4), re.compile('').search('aaa', 4), re.compile('').search('aaa', -9))
print(list(re.compile('').finditer('ab', 1, 1)), re.compile('').findall('abc', 2, 1))
print(re.compile('').sub('-', 'ab'), re.compile('$').sub('-', 'ab\n'))
for r in (5, [1], None, (b'x',), 2.5):
    try:
        print(re.sub('a', r, 'a'))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(re.sub(b'a', r, b'a'))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(re.match(b'a', b'a').expand(r))
    except Exception as e:
        print(type(e).__name__, e)
for r in (bytearray(b'x'), bytearray(b'\\x'), bytearray(b'[\\g<0>]'), memoryview(b'[\\g<0>]'), memoryview(bytearray(b'[\\g<0>]')), memoryview(b'y')):
    try:
        print(re.sub(b'a', r, b'aa'))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(re.match(b'a', b'a').expand(r))
    except Exception as e:
        print(type(e).__name__, e)
