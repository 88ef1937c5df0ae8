# Round trips and incremental CRCs over many lengths.
import binascii

data = bytes((i * 37 + 11) % 256 for i in range(300))
for n in (0, 1, 2, 3, 4, 5, 57, 58, 299):
    chunk = data[:n]
    h = binascii.hexlify(chunk)
    assert binascii.unhexlify(h) == chunk
    assert binascii.a2b_hex(h.decode()) == chunk
    b = binascii.b2a_base64(chunk)
    assert binascii.a2b_base64(b) == chunk
    assert binascii.a2b_base64(b.decode(), strict_mode=True) == chunk
    print(n, h[:16], b[:20], binascii.crc32(chunk), binascii.crc_hqx(chunk, 0xffff))

# crc32 is incremental
c = 0
for i in range(0, 300, 7):
    c = binascii.crc32(data[i:i + 7], c)
print(c == binascii.crc32(data), c)
print(binascii.crc32(b'', 0xffffffff), binascii.crc32(b'a', 2**40 + 5), binascii.crc32(b'a', -2))

for sep, per in [('-', 1), ('-', 3), (b' ', -3), (':', 5), ('.', -1), ('_', 7)]:
    print(binascii.hexlify(data[:10], sep, per), binascii.b2a_hex(data[:10], sep=sep, bytes_per_sep=per))
print(binascii.b2a_hex(b'\x00\xff', bytes_per_sep=2))
print(binascii.unhexlify('DEADbeef'), binascii.unhexlify(bytearray(b'00ff')))

for bad in ['0g', '0', 'abc', b'zz', 'é0']:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

try:
    raise binascii.Incomplete('more')
except Exception as e:
    print(type(e).__name__, e, isinstance(e, ValueError))

print(binascii.a2b_base64(b'YW Jj\nZA==\n'), binascii.a2b_base64('YWJjZA'))
