# Inflating streams made by zlib (dynamic Huffman blocks, gzip headers, raw deflate).
import zlib

text = b''.join(b'line %d: the rain in spain falls mainly on the plain %d\n' % (i, i * i % 97) for i in range(60))
z9 = bytes.fromhex('78da9dd64b6ec3300c45d17957e12558a2a84f779341820670dda0e9a4bb6f5c3f2ee00ac8c040f2204a3ca2b3ddf7ebb2be2f3f1fd7e5fb72df97d7e7f9381e6e976d7b2e9fafc7ed77f9daff7ff1d88e6fd6b7ed4825964a672ab3543953c652e34c1558613d63ce62d9cf586531d36a0d1e88f6d659acea20078b75752d4122a61834925565a24a9a72d049cbca41291183522c4e1352a9b11eb4322433412c16ed835a9a2643865a92f6972117579d197219ba7a197229e299219711b30f7a29b13fe865449dd08b47ffa097ae18e452c5d32097acdb6e904b579d06b978bc8420972cd606b9748d78835caa98197d13451f209714eb512eba7e46bd2857a097a2be17e8c5d4bf02bda4580f7a89edd1e9a229512097aeb617c8a5c5bf2bc8a5c57a904b8bfd8db99caf73757a9a3b17cf737d709bebbb972966ee73aabdcedd226f73b7d6fbdc94f081a7d21f12b36352')
raw = bytes.fromhex('95d0cb0d80200c06e0bb5374045ea2b88d078c26158978717bc1b2c09ff4d0a4fdd2071f29925ae8d923ddeb91a846c92dd956e642674df9a52bfd1d995b450ddc94c694166530e544594c05510edcd00b1b316646611e63b64f9bc087f4db668cf9fec850d907')
gz = bytes.fromhex('1f8b0800000000000203cbc9cc4b5530b05228c94855284acccc5300a2e20210232d3127a7582117c8cca954c8cf03ab28c801c91870e580741992a6cb10a2cb88345d26105dc6a4e9b284e83221d18566106da638b4010084bb26672c010000')
named = bytes.fromhex('1f8b081e000000000003030078797a66696c652e747874006120636f6d6d656e74007f9ecb4bcc4d4d51c84dcd4d4a2d0200acb73b430c000000')
print(zlib.decompress(z9) == text, len(z9))
print(zlib.decompress(z9, 47) == text, zlib.decompress(z9, 0) == text)
print(zlib.decompress(raw, -15) == text[:500])
print(zlib.decompress(gz, 31) == text[:300], zlib.decompress(gz, 47) == text[:300], zlib.decompress(gz, 16) == text[:300])
print(zlib.decompress(named, 31))
# byte by byte through a decompressobj
for data, wbits, want in [(z9, 15, text), (raw, -15, text[:500]), (gz, 31, text[:300]), (named, 47, b'named member')]:
    d = zlib.decompressobj(wbits)
    out = b''.join(d.decompress(data[i:i + 1]) for i in range(len(data)))
    print(out == want, d.eof, d.unused_data, d.unconsumed_tail)
    d = zlib.decompressobj(wbits)
    out = []
    buf = data + b'TRAILING'
    while buf:
        out.append(d.decompress(buf, 7))
        buf = d.unconsumed_tail
        if d.eof:
            break
    out.append(d.flush())
    print(b''.join(out) == want, d.eof, d.unused_data)
for bad in [z9[:-1] + bytes([z9[-1] ^ 1]), gz[:-5] + b'\x00' + gz[-4:], gz[:-1] + b'\x01',
            z9[:2] + b'\xff' + z9[3:], b'\x78\x9c\x07', b'\x78\xbb\x00\x00\x00\x01\x03\x00']:
    for wbits in (15, 31, 47):
        try:
            zlib.decompress(bad, wbits)
        except zlib.error as e:
            print(wbits, e)
