# struct: format parsing, range checks and buffer-size errors, with CPython's messages.
import struct


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


show('calcsize @bhiq', lambda: struct.calcsize('@bhiq'))
show('calcsize =bhiq', lambda: struct.calcsize('=bhiq'))
show('calcsize @ci', lambda: struct.calcsize('@ci'))
show('calcsize @ic', lambda: struct.calcsize('@ic'))
show('calcsize @i0q', lambda: struct.calcsize('@i0q'))
show('calcsize mixed', lambda: struct.calcsize('3s2x?eP nN'))
show('calcsize bad', lambda: struct.calcsize('z'))
show('calcsize count only', lambda: struct.calcsize('3'))
show('calcsize std n', lambda: struct.calcsize('<n'))
show('calcsize bytes', lambda: struct.calcsize(b'ii'))
show('calcsize int', lambda: struct.calcsize(5))
show('calcsize big', lambda: struct.calcsize('2147483648s'))
for fmt, v in [('i', 2**31), ('<i', 2**31), ('b', 200), ('B', -1), ('<B', 256), ('h', 40000),
               ('<H', -1), ('q', 2**63), ('<Q', -1), ('<q', 2**64), ('Q', 2**64), ('i', 1.0),
               ('i', '1'), ('f', 'x'), ('<f', 1e300), ('e', 1e10), ('<i', 2**100),
               ('<l', 2**40), ('@l', 2**40), ('<d', 10**400), ('n', -1), ('N', -1), ('<I', -1),
               ('<I', 2**32), ('I', 2**32), ('<L', 2**32), ('L', -1), ('<h', -40000), ('i', 5.5),
               ('<e', 65520.0), ('<e', 65519.0), ('<e', 1e-8), ('<e', -0.0)]:
    show('pack %s %r' % (fmt, v), lambda: struct.pack(fmt, v))
show('char 2', lambda: struct.pack('c', b'ab'))
show('char str', lambda: struct.pack('c', 'a'))
show('s str', lambda: struct.pack('s', 'a'))
show('p int', lambda: struct.pack('p', 5))
show('too few', lambda: struct.pack('ii', 1))
show('too many', lambda: struct.pack('i', 1, 2))
show('none', lambda: struct.pack('0s'))
show('no args', lambda: struct.pack())
show('unpack short', lambda: struct.unpack('i', b'abc'))
show('unpack long', lambda: struct.unpack('<i', b'abcdef'))
show('unpack str', lambda: struct.unpack('i', 'abcd'))
show('unpack_from short', lambda: struct.unpack_from('<i', b'abcde', 2))
show('unpack_from neg out', lambda: struct.unpack_from('<i', b'abcde', -10))
show('unpack_from neg short', lambda: struct.unpack_from('<i', b'abcde', -3))
show('unpack_from neg ok', lambda: struct.unpack_from('<i', b'abcdefgh', -4))
show('unpack_from kw', lambda: struct.unpack_from('<h', buffer=b'\x01\x00\x02\x00', offset=2))
show('iter_unpack odd', lambda: list(struct.iter_unpack('<h', b'abcde')))
show('iter_unpack empty fmt', lambda: list(struct.iter_unpack('', b'')))
show('pack_into short', lambda: struct.pack_into('<i', bytearray(5), 2, 1))
show('pack_into neg', lambda: struct.pack_into('<i', bytearray(5), -10, 1))
show('pack_into neg short', lambda: struct.pack_into('<i', bytearray(5), -3, 1))
show('pack_into bytes', lambda: struct.pack_into('<i', b'abcdef', 0, 1))
show('Struct int', lambda: struct.Struct(5))
show('Struct bad', lambda: struct.Struct('<q!'))
show('error class', lambda: (struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception)))
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught struct.error:', e.args)
