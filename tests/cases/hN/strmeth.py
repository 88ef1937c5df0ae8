s = 'a,b,,c,'
print(s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(',', -1), s.split(',', 0), ' a  b '.split(), ' a  b '.split(None, 1), ' a  b '.rsplit(None, 1), ''.split(), ''.split(','), 'abc'.split('abc'))
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines(), 'x\n\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('abc'.partition('b'), 'abc'.partition('z'), 'abcb'.rpartition('b'), 'abc'.rpartition('z'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('', '-'), 'abc'.replace('', '-', 2), 'aXbXc'.replace('X', '', -1))
for bad in ["'a'.split('')", "'a'.partition('')", "'a'.split(1)", "'abc'.index('d')", "'abc'.rindex('d')", "'a'.join([1])", "'a'.join(['x', b'y'])", "'abc'.count('')", "'%s'.center()", "'a'.startswith(['a'])", "'a'.encode('utf-8', 'bogus-handler')", "'a'.zfill('5')"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.find(''), 'abc'.find('', 10), 'abc'.rfind(''), 'abc'.count(''), 'abcabc'.count('bc', 2), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 2), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
print('  xx  '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), '\t\n x \x0b\x0c'.strip(), 'www.ex.com'.removeprefix('www.'), 'a.py'.removesuffix('.py'), 'x'.removesuffix(''))
print('hello world foo'.title(), "they're bill's".title(), 'HeLLo'.swapcase(), 'hello'.capitalize(), 'ßa'.capitalize(), 'ǆa'.capitalize(), 'a1b2'.isalnum(), ''.isalnum(), 'AB'.isupper(), 'A1'.isupper(), '1'.isupper(), 'Ab Cd'.istitle())
print('-'.join('abc'), ''.join([]), ', '.join(map(str, range(3))), 'x'.join(('a',)), '{}'.join('ab'), b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]))
t = str.maketrans('abc', 'xyz', 'd')
print('abcd'.translate(t), 'abc'.translate({97: None, 98: 'BB', 99: 100}), str.maketrans({'a': 'b'}), sorted(str.maketrans('ab', 'cd').items()))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print(type(e).__name__, e)
print('%-6s|%6s|' % ('ab', 'cd'), 'abc' * 0, 'abc' * -1, 3 * 'ab', 'a' in 'abc', '' in '', 'ab' < 'abc', 'Z' < 'a', str(), str(b'x', 'ascii'), str(b'\xff', 'latin-1'), str(object=5))
try:
    str(5, 'ascii')
except TypeError as e:
    print(type(e).__name__, e)
print('Hello'.ljust(8, '.') + '|', format('x', '^5') + '|', 'abc'.isascii(), 'é'.isascii(), 'aBc'.lower().upper(), 'a'.isprintable(), '\n'.isprintable(), '\u00a0'.isprintable())
print('{:-^20}'.format(' mid '), '{:>08.3f}'.format(-3.14159), '{:+,}'.format(1234567), '{0}{1}{0}'.format('a', 'b'), '{:c}'.format(9731), '{!s:.2}'.format(3.14159), '{:.0%}'.format(0.555))
