b = b'Hello, World\x00\xff\n\t\'"'
print(b, repr(b), bytes(3), bytes([65, 66]), bytes(range(5)), bytes(b'x'), bytes('é', 'utf-8'), bytes(bytearray(b'q')), bytes(memoryview(b'mv')), b'a' b'b')
print(bytearray(b'abc'), bytearray(), bytearray(2), bytearray('ab', 'ascii'), repr(bytearray(b"'")), bytearray(b'x') == b'x', b'x' == bytearray(b'x'), b'a' < b'b', bytearray(b'a') < b'ab')
print(b[0], b[-1], b[1:4], b[::-1][:3], list(b'ab'), b'abc'.hex(), b'abc'.hex(':'), b'abcdef'.hex('-', 2), bytes.fromhex('61 62 6364'), bytearray.fromhex('ff'), b'\x00'.hex())
for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'isalpha', 'isalnum', 'isdigit', 'islower', 'isupper', 'istitle', 'isspace', 'isascii']:
    print(m, [getattr(x, m)() for x in [b'abc', b'ABC', b'Hello World', b'123', b'', b' \t\x0b', b'\xe9']])
print(b'a,b,,c'.split(b','), b' a b '.split(), b'a b'.rsplit(maxsplit=1), b'a\nb\r\n'.splitlines(), b'a\nb\r\n'.splitlines(keepends=True), b'abc'.partition(b'b'), b'abc'.rpartition(b'x'))
print(b'  x  '.strip(), b'xxyxx'.strip(b'x'), b'abc'.lstrip(b'a'), b'abc'.rstrip(b'c'), b'abc'.center(7, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'-5'.zfill(4), b'a\tb'.expandtabs(4))
print(b'abcabc'.find(b'c'), b'abcabc'.find(99), b'abc'.rfind(b'z'), b'abcabc'.count(b'b'), b'abcabc'.count(98), b'abc'.index(b'c'), b'abc'.startswith((b'x', b'a')), b'abc'.endswith(b'c'), 98 in b'abc', b'bc' in b'abc')
print(b'a-b'.replace(b'-', b'+'), b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abc'.translate(None, b'b'), b'hello'.removeprefix(b'he'), b'hello'.removesuffix(b'lo'))
print(b'%s %d %x %r %a %c %c %5.2f %%' % (b'bytes', 42, 255, b'r', 'é', 65, b'z', 3.14159), b'%(k)s' % {b'k': b'v'}, bytearray(b'%s') % (b'x',))
print(b'a' * 3, 3 * b'ab', b'a' + bytearray(b'b'), bytearray(b'a') + b'b', type(bytearray(b'a') + b'b').__name__, type(b'a' + bytearray(b'b')).__name__)
ba = bytearray(b'hello')
ba[0] = 74; ba[1:3] = b'EE'; ba.append(33); ba.extend(b'??'); ba.extend([49, 50]); ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
ba.remove(33); ba.reverse(); print(ba); del ba[0]; del ba[::2]; print(ba, ba.copy(), ba.count(b'E'))
ba += b'xyz'; ba *= 2; print(ba); ba.clear(); print(ba)
ba2 = bytearray(b'abcdef'); ba2[1:5] = b''; print(ba2); ba2[0:0] = b'123'; print(ba2); ba2[::2] = b'XYZ'; print(ba2)
for f in [lambda: bytes('x'), lambda: bytes([1, 'a']), lambda: bytes([300]), lambda: b'abc'[5], lambda: bytearray(b'a').pop(5), bytearray().pop, lambda: bytearray(b'a').remove(9), lambda: b'a'.index(b'z'), lambda: bytearray(b'ab').__setitem__(0, 256), lambda: bytearray(b'ab').__setitem__(slice(0, 2, 1), 5), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'), lambda: b'%d' % b'x', lambda: b'%s' % 'str', lambda: b'%s' % 1, lambda: b'a'.decode('nope'), lambda: b'abc'.split(b''), lambda: b'abc'.join([1]), lambda: b'x'.center(4, b'ab'), lambda: b'a'.replace('a', 'b'), lambda: hash(bytearray()), lambda: bytearray(b'a')[0:1].__setitem__(0, -1), lambda: b'a' < 'a', lambda: b'x'.startswith('x'), lambda: 'x' in b'abc', lambda: 256 in b'abc']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(b'abc')[1], bytes(memoryview(b'abc')[::2]), memoryview(b'abc').tolist(), memoryview(bytearray(b'ab')).readonly, len(memoryview(b'abcd')[1:]))
print(int.from_bytes(b'\x01\x00', 'little'), b'\x00\x01' == bytes([0, 1]), bytes(b'abc') is not None, sorted([b'b', b'a', b'ab']), max(b'abc'), sum(b'abc'), b''.join([]) == b'', bool(b''), bool(b'\x00'))
print(b'abc'.decode(), b'caf\xc3\xa9'.decode('utf-8'), bytes([0xe2, 0x82, 0xac]).decode(), str(b'\x80', 'latin-1'), b'ab'.decode(errors='strict'), b'\\n'.decode('unicode_escape'), 'é'.encode('unicode_escape'), repr(b'\r\x7f\x80'))
