import zlib

texts = [b'', b'a', b'hello hello hello', bytes(range(256)) * 40, b'abc' * 50000,
         b'The quick brown fox jumps over the lazy dog. ' * 300,
         bytes((i * i * 7 + i // 3) % 251 for i in range(30000)), b'\x00' * 70000]
for t in texts:
    res = []
    for lv in (-1, 0, 1, 5, 9):
        for wb in (15, 31, -15, 9, -9, 25):
            c = zlib.compress(t, lv, wb)
            res.append(zlib.decompress(c, wb) == t)
            if wb in (15, 31):
                res.append(zlib.decompress(c, 47) == t)
    c = zlib.compress(t)
    print(len(t), all(res), len(res), c[:2].hex(), zlib.decompress(c, bufsize=1) == t,
          zlib.compress(t, wbits=31)[:10].hex(), zlib.compress(t, 0)[:2].hex(),
          zlib.compress(t, 9)[:2].hex(), zlib.compress(t, 2)[:2].hex())
    print(zlib.crc32(t), zlib.adler32(t), zlib.crc32(t, 99), zlib.adler32(t, 99))
    # streaming compression in pieces, with flushes
    co = zlib.compressobj(6, zlib.DEFLATED, 15)
    pieces = [co.compress(t[i:i + 999]) for i in range(0, len(t), 999)]
    pieces.append(co.flush(zlib.Z_SYNC_FLUSH))
    mid = b''.join(pieces)
    d = zlib.decompressobj()
    print(d.decompress(mid) == t, d.eof)
    pieces.append(co.compress(b'tail'))
    pieces.append(co.flush(zlib.Z_FULL_FLUSH))
    pieces.append(co.compress(t[:10]))
    pieces.append(co.flush())
    whole = b''.join(pieces)
    print(zlib.decompress(whole) == t + b'tail' + t[:10])
    # copies of streams
    co = zlib.compressobj(wbits=-12)
    x = co.compress(t)
    c2 = co.copy()
    a = co.flush()
    b = c2.flush()
    print(a == b, zlib.decompress(x + a, -12) == t)
    d = zlib.decompressobj(31)
    g = zlib.compress(t, 9, 31)
    first = d.decompress(g[:len(g) // 2])
    d2 = d.copy()
    print(first + d.decompress(g[len(g) // 2:]) == t, first + d2.decompress(g[len(g) // 2:]) == t)

d = zlib.decompressobj()
c = zlib.compress(b'hello world' * 10)
print(d.decompress(c[:10]), d.unused_data, d.unconsumed_tail, d.eof)
print(d.decompress(c[10:] + b'extra'), d.unused_data, d.unconsumed_tail, d.eof)
print(d.decompress(b'more'), d.unused_data, d.flush())
d = zlib.decompressobj()
print(d.decompress(c[:-3]), d.flush(), d.eof)
# max_length
d = zlib.decompressobj()
out = d.decompress(c, 5)
print(out, d.eof, len(out))
rest = []
while d.unconsumed_tail or not d.eof:
    chunk = d.decompress(d.unconsumed_tail, 5)
    if not chunk and not d.unconsumed_tail:
        chunk = d.flush()
        rest.append(chunk)
        break
    assert len(chunk) <= 5
    rest.append(chunk)
print(out + b''.join(rest) == b'hello world' * 10, d.eof)
# dictionaries
zd = b'hello dictionary world'
co = zlib.compressobj(zdict=zd)
cd = co.compress(b'hello world, hello dictionary') + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(cd))
try:
    zlib.decompress(cd)
except zlib.error as e:
    print(e)
co = zlib.compressobj(wbits=-15, zdict=zd)
cd = co.compress(b'dictionary world dictionary') + co.flush()
print(zlib.decompressobj(-15, zdict=zd).decompress(cd))
