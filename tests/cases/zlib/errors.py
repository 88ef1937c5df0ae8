import zlib


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = zlib.compress(b'hello world' * 10)
t(lambda: zlib.decompress(c + b'xyz'))
t(lambda: zlib.decompress(c[:-1]))
t(lambda: zlib.decompress(c[:-5]))
t(lambda: zlib.decompress(b''))
t(lambda: zlib.decompress(b'abc'))
t(lambda: zlib.decompress(b'\x78\x9c\xff'))
t(lambda: zlib.decompress(c[:-1] + b'\x00'))
t(lambda: zlib.decompress(b'\x79\x9c'))
t(lambda: zlib.decompress(b'\x88\x98'))
t(lambda: zlib.decompress(b'\x78\x9c\x01\x05\x00\x00\x00'))
t(lambda: zlib.decompress(c, wbits=8))
t(lambda: zlib.decompress(c, wbits=9))
t(lambda: zlib.decompress(c, wbits=16))
t(lambda: zlib.decompress(c, wbits=0) == b'hello world' * 10)
t(lambda: zlib.decompress(c, wbits=-15))
t(lambda: zlib.decompress(c[2:-4], wbits=-8) == b'hello world' * 10)
t(lambda: zlib.decompress(c, wbits=31))
t(lambda: zlib.decompress(c, wbits=100))
t(lambda: zlib.decompress(c, bufsize=-1))
t(lambda: zlib.compress(b'x', 10))
t(lambda: zlib.compress(b'x', -2))
t(lambda: zlib.compress('x'))
t(lambda: zlib.decompress('x'))
t(lambda: zlib.decompress())
t(lambda: zlib.compress(b'x', level=1))
for kw in [dict(wbits=7), dict(level=11), dict(memLevel=10), dict(method=9), dict(strategy=9),
           dict(wbits=16), dict(wbits=-16)]:
    t(lambda: zlib.compressobj(**kw))
t(lambda: zlib.decompressobj(wbits=7))
t(lambda: zlib.decompressobj(wbits=-7))
t(lambda: zlib.decompressobj().decompress(c, -1))
t(lambda: zlib.decompressobj().decompress('x'))
t(lambda: zlib.decompressobj().flush(0))
t(lambda: zlib.decompressobj().flush(-1))
t(lambda: zlib.decompressobj().decompress(b'abc'))
t(lambda: zlib.crc32('x'))
t(lambda: zlib.adler32())
t(lambda: zlib.crc32(b'a', 1, 2))
print(zlib.crc32(b'abc'), zlib.adler32(b'abc'), zlib.adler32(b'abc', 5),
      zlib.adler32(b'x' * 10000), zlib.adler32(b''), zlib.crc32(b'', 7),
      zlib.adler32(b'\xff' * 100000), zlib.adler32(b'a', -1), zlib.crc32(bytearray(b'z')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_FILTERED, zlib.Z_RLE,
      zlib.Z_FIXED, zlib.Z_HUFFMAN_ONLY, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_PARTIAL_FLUSH,
      zlib.Z_NO_COMPRESSION, zlib.Z_DEFAULT_STRATEGY)
print(type(zlib.ZLIB_VERSION).__name__)
print(zlib.error.__mro__)
co = zlib.compressobj()
print(co.compress(b'abc').hex(), co.flush(zlib.Z_NO_FLUSH))
co.flush()
t(lambda: co.compress(b'x'))
t(lambda: co.flush())
print(type(co).__name__, type(zlib.decompressobj()).__name__, type(co).__module__)
t(lambda: type(co)())
