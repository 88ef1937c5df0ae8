import struct
fmts = ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', '?', 'c', 'x', 's', '5s', 'p', '3p', 'P']
for f in fmts:
    print(f, struct.calcsize(f), struct.calcsize('<' + f) if f not in 'nNP' else '-')
print(struct.calcsize('bi'), struct.calcsize('=bi'), struct.calcsize('bq'), struct.calcsize('@ihq0i'), struct.calcsize('ci0q'))
print(struct.pack('>hHiI', -2, 65535, -3, 7), struct.pack('<q', -1), struct.pack('!f', 1.5), struct.pack('<e', 0.1))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('4p', b'hello'), struct.pack('?', 5), struct.pack('c', b'z'))
print(struct.unpack('<hhl', b'\x01\x00\x02\x00\x03\x00\x00\x00'), struct.unpack('>d', struct.pack('>d', 3.14)))
print(struct.unpack('4p', b'\x02abc'), struct.unpack('?x?', b'\x00\x00\x02'), struct.unpack('<e', b'\x00\x3c'))
print(struct.pack('2i3x?', 1, 2, True), struct.unpack_from('<h', b'\x00\x01\x02', 1), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
s = struct.Struct('<3sIf'); print(s.format, s.size, s.pack(b'ab', 5, 2.5), s.unpack(s.pack(b'ab', 5, 2.5)))
buf = bytearray(10); struct.pack_into('<I', buf, 2, 0xdeadbeef); print(buf)
print(struct.pack('<f', float('inf')), struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.pack('>e', 65504.0))
bad = [('b', 200), ('B', -1), ('h', 40000), ('i', 'x'), ('c', b'ab'), ('c', 'a'), ('?',), ('e', 1e6), ('f', 1e300), ('s', 'str'),
       ('q', 2**64), ('Q', -1), ('i', 1.5), ('ii', 1), ('i', 1, 2), ('z', 1), ('3', 1), ('<P', 1)]
for args in bad:
    try:
        print(struct.pack(*args))
    except Exception as e:
        print(args[0], type(e).__name__, e)
for f, b in [('<i', b'\x00'), ('<h', b'abc'), ('4s', b'ab')]:
    try:
        struct.unpack(f, b)
    except struct.error as e:
        print(e)
try:
    struct.unpack_from('<i', b'ab', 1)
except struct.error as e:
    print(e)
try:
    struct.pack_into('<i', bytearray(2), 0, 1)
except struct.error as e:
    print(e)
try:
    list(struct.iter_unpack('<i', b'abcde'))
except struct.error as e:
    print(e)
try:
    struct.iter_unpack('', b'')
except struct.error as e:
    print(e)
print(struct.pack('>I', 1).hex(), struct.pack('<2h', 1, -1).hex(' '), struct.pack('@?', []))
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('<b', b'\x80'), struct.pack('>l', 2**31 - 1))
print(struct.Struct(b'<i').format)
