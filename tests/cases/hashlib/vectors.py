# Digests of many lengths (block boundaries), chunked updates, copies, and long inputs.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
         'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
data = bytes((i * 131 + 7) % 256 for i in range(1000))
for name in names:
    ctor = getattr(hashlib, name)
    out = []
    for n in (0, 1, 3, 55, 56, 63, 64, 65, 71, 72, 103, 104, 111, 112, 127, 128, 129, 135,
              136, 137, 143, 144, 145, 167, 168, 169, 255, 256, 257, 1000):
        out.append(ctor(data[:n]).hexdigest()[:12])
    print(name, ' '.join(out))
    h = ctor()
    for i in range(0, 1000, 37):
        h.update(data[i:i + 37])
    c = h.copy()
    c.update(b'more')
    print(name, h.hexdigest() == ctor(data).hexdigest(), c.hexdigest() == ctor(data + b'more').hexdigest(),
          h.digest() == bytes.fromhex(h.hexdigest()), h.name, h.digest_size, h.block_size,
          len(h.digest()))

for name in ['shake_128', 'shake_256']:
    ctor = getattr(hashlib, name)
    for n in (0, 1, 168, 1000):
        h = ctor(data[:n])
        print(name, n, h.hexdigest(8), h.digest(300).hex()[-16:], h.digest(0),
              h.digest_size, h.block_size)

big = b'abc' * 100000
for name in names:
    print(name, hashlib.new(name, big).hexdigest())
print(hashlib.shake_256(big).hexdigest(40))
print(hashlib.sha256(bytearray(b'x') * 3).hexdigest(), hashlib.md5(memoryview(b'xyz')[1:]).hexdigest())
import array
print(hashlib.sha1(array.array('B', [1, 2, 3])).hexdigest())

# file_digest over a real file (this test's own source) and over BytesIO
import io
with open(__file__, 'rb') as f:
    src = f.read()
with open(__file__, 'rb') as f:
    print(hashlib.file_digest(f, 'sha256').hexdigest() == hashlib.sha256(src).hexdigest())
with open(__file__, 'rb') as f:
    print(hashlib.file_digest(f, hashlib.blake2s, _bufsize=7).hexdigest() == hashlib.blake2s(src).hexdigest())
with open(__file__, 'rb', buffering=0) as f:
    print(hashlib.file_digest(f, 'md5').hexdigest() == hashlib.md5(src).hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha1').hexdigest())
try:
    with open(__file__, 'r') as f:
        hashlib.file_digest(f, 'md5')
except ValueError as e:
    print('ValueError', str(e).endswith('is not a file-like object in binary reading mode.'))
