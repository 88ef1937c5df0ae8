# struct: packing and unpacking every format code in each byte order.
import struct

print(struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack('>bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack('!I', 258), struct.pack('=H', 258), struct.pack('@H', 258))
print(struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 7, -4, 8, -5, 2**64 - 1)))
print(struct.unpack('>qQ', b'\xff' * 16))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.calcsize('@bhiq'))
print(struct.pack('@ci', b'x', 7), struct.pack('@ic', 7, b'x'))
print(struct.pack('@nNP', -1, 2**64 - 1, 12345))
print(struct.unpack('@nNP', struct.pack('@nNP', -7, 9, 12345)))
for fmt in ['<f', '>f', '<d', '>d', '<e', '>e']:
    for x in [0.0, -0.0, 1.5, -2.25, 0.375, 65504.0, float('inf'), float('-inf')]:
        b = struct.pack(fmt, x)
        print(fmt, x, b, struct.unpack(fmt, b))
print(struct.unpack('<e', struct.pack('<e', float('nan'))), struct.pack('<e', float('nan')))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('<e', b'\x01\x00')[0] == 2**-24, struct.unpack('<e', b'\x00\x04'), struct.unpack('<e', b'\xff\x7b'))
print(struct.pack('<e', 0.1), struct.pack('<e', 2049.0), struct.pack('<e', 2051.0), struct.pack('<e', 3.0e-8))
print(struct.pack('?', []), struct.pack('<?', 5), struct.unpack('??', b'\x00\x05'))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('<5s', bytearray(b'ab')))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('0p', b'ab'))
print(struct.unpack('3s2p', b'abc\x01x'), struct.unpack('4p', b'\x09abc'))
print(struct.pack('2c', b'a', b'b'), struct.unpack('2c', b'xy'), struct.pack('c', b'z'))
print(struct.pack('x'), struct.pack('3xb2x', 1), struct.calcsize('3xb2x'))
print(struct.pack('i', True), struct.pack('<q', -2**63), struct.pack('<  i  i ', 1, 2))

class Idx:
    def __index__(self):
        return 42

print(struct.pack('<H', Idx()))

class Flt:
    def __float__(self):
        return 2.5

print(struct.pack('<d', Flt()))
s = struct.Struct('<ih')
print(type(s).__name__, s.format, s.size, struct.Struct(b'>d').format)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
ba = bytearray(10)
s.pack_into(ba, 2, -1, -1)
print(ba, s.unpack_from(ba, 2), s.unpack_from(ba, offset=2))
struct.pack_into('>H', ba, -2, 0x1234)
print(ba, struct.unpack_from('>H', ba, -2))
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 3)))
it = struct.iter_unpack('<B', b'\x01\x02\x03')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(struct.unpack(b'<h', bytearray(b'\xff\xff')), struct.unpack('<h', b'\x01\x00'))
from array import array
a = array('h', [1, 2, 3])
print(struct.unpack('<3h', a))
struct.pack_into('<h', a, 2, 99)
print(a)

class MyStruct(struct.Struct):
    pass

m = MyStruct('<I')
print(type(m).__name__, m.pack(5), m.size)
