t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcdabcd'.translate(t))
print('hello'.translate({ord('l'): None, ord('h'): 'J', ord('o'): 'ö' * 2}))
print('hello'.translate({104: 74}))
print(str.maketrans({'a': 'b', 'c': None, 100: 'e'}))
for args in [('ab', 'c'), ({'ab': 1},), ({1.5: 'a'},), ('a',), (1,), ('a', 'b', 5), ({},)]:
    try:
        print(str.maketrans(*args))
    except Exception as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: b'x'}, {97: 0x110000}, {97: -1}, [None] * 200, 'abc', None]:
    try:
        print(repr('abc'.translate(table)))
    except Exception as e:
        print(type(e).__name__, e)
class T:
    def __getitem__(self, k):
        if k == 97: return 'A'
        raise LookupError
print('abca'.translate(T()))
class T2:
    def __getitem__(self, k):
        raise KeyError(k)
print('xyz'.translate(T2()))
class T3:
    def __getitem__(self, k):
        raise ValueError('boom')
try:
    'x'.translate(T3())
except Exception as e:
    print(type(e).__name__, e)
print(bytes.maketrans(b'abc', b'ABC')[97:100], b'abcd'.translate(bytes.maketrans(b'ab', b'BA'), b'd'))
print(b'abc'.translate(None, b'b'), bytearray(b'abc').translate(None))
try:
    b'a'.translate(b'short')
except Exception as e:
    print(type(e).__name__, e)
try:
    bytes.maketrans(b'ab', b'a')
except Exception as e:
    print(type(e).__name__, e)
rot13 = str.maketrans('ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz', 'NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm')
print('Hello, World!'.translate(rot13))
import string
print('a,b.c!'.translate(str.maketrans('', '', string.punctuation)))
print('ＡＢＣ'.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}))
print('tab\there'.expandtabs(), 'a\tbc\td'.expandtabs(3), repr('\t'.expandtabs(0)), 'x\r\ty'.expandtabs(4), 'x\n\ty'.expandtabs(4))
print('straße'.casefold(), 'ΣΑΣ'.lower(), 'ﬁ'.upper(), 'ǆ'.title(), 'hello world'.title(), "they're bill's".title(), 'İ'.lower(), len('İ'.lower()))
print('abc'.center(8, '*'), 'abc'.ljust(2), 'ab'.rjust(5, 'é'), '42'.zfill(5), '-42'.zfill(5), '+'.zfill(3), 'x'.zfill(-1))
try:
    'a'.center(5, 'ab')
except Exception as e:
    print(type(e).__name__, e)
print('a,b,,c'.split(','), 'a b  c '.split(), ' a b '.split(None, 1), 'a\x1cb\x1dc\x1ed\x1fe\x85f'.split(), 'a,b'.rsplit(',', 0))
print('l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\u2028l8\x85'.splitlines(), 'a\n'.splitlines(True), ''.splitlines())
print('abc'.partition('b'), 'abc'.rpartition('x'), 'abc'.partition('x'))
try:
    'a'.partition('')
except Exception as e:
    print(type(e).__name__, e)
print('aXbXc'.replace('X', '-', 1), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removesuffix(''))
print('Hello'.swapcase(), 'ß'.swapcase(), 'ǅ'.swapcase(), 'a1'.isalnum(), '½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal())
print('ab'.startswith(('x', 'a')), 'abc'.endswith('bc', 1), 'abc'.startswith('', 5), 'abc'.find('c', -1), 'abc'.count(''), 'aaa'.count('aa'))
print(' \t x \n'.strip(), 'xxaxx'.strip('x'), 'abc'.lstrip('ba'), '\u3000x\u3000'.strip())
print('%s|%5s|%-5s|%.2s|%r|%a' % ('x', 'y', 'z', 'abc', 'é', 'é'))
print('%(a)s %(b)05.1f %%' % {'a': 1, 'b': 2.25})
print('a'.isidentifier(), '1a'.isidentifier(), 'é'.isidentifier(), 'a b'.isprintable(), '\x7f'.isprintable(), 'A'.istitle(), 'AB Cd'.istitle())
