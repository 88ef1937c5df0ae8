import base64, binascii, hashlib, zlib, hmac
data = b"The quick brown fox \x00\xff"
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data, base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"hi"), base64.b16encode(b"hi"), base64.a85encode(b"hello"), base64.b85encode(b"hello"))
print(base64.b64decode("aGk"+"="), base64.standard_b64decode(b"aGk="), base64.b32decode("NBUQ===="), base64.b16decode("6869"))
for bad in ("abc", "a===", "!!!!"):
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), binascii.b2a_base64(b"x"), binascii.hexlify(b"abc", "-"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(e)
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"):
    h = hashlib.new(name, data)
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256(); h.update(b"part1"); h2 = h.copy(); h.update(b"part2"); print(h.hexdigest()[:16], h2.hexdigest()[:16], hashlib.sha256(b"part1part2").hexdigest()[:16])
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 100).hex()[:20], hashlib.md5(b"").name)
print(hmac.new(b"key", b"msg", "sha256").hexdigest()[:20], hmac.compare_digest(b"a", b"a"), hmac.digest(b"k", b"m", "sha1").hex()[:10])
c = zlib.compress(data * 10); print(len(zlib.decompress(c)), zlib.decompress(c) == data * 10, zlib.crc32(data), zlib.adler32(data))
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
