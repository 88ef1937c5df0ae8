import hmac, hashlib

key = b'key'
msg = b'The quick brown fox jumps over the lazy dog'
for dm in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha224,
           hashlib.blake2s]:
    h = hmac.new(key, msg, dm)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(hmac.digest(key, msg, dm).hex() == h.hexdigest())
    c = h.copy()
    c.update(b'!')
    print(c.hexdigest() == hmac.new(key, msg + b'!', dm).hexdigest(), h.hexdigest() == hmac.new(key, msg, dm).hexdigest())
long_key = bytes(range(200))
print(hmac.new(long_key, msg, 'sha256').hexdigest())
print(hmac.new(bytearray(b'k'), digestmod='sha1').hexdigest())
h = hmac.HMAC(b'k', digestmod=hashlib.sha256)
for part in (b'a', b'bc', b'', b'def' * 50):
    h.update(part)
print(h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', b'ab'),
      hmac.compare_digest(bytearray(b'x'), b'x'))
for args in [('a', b'b'), (1, 2), (b'a', 2), ('é', 'é')]:
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print('TypeError', e)
for args, kw in [(('k', b'm', 'sha1'), {}), ((b'k', b'm'), {}), ((b'k', b'm', 'nope'), {}),
                 ((b'k',), {'digestmod': None})]:
    try:
        hmac.new(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hmac.digest(b'k', b'm', 'sha256').hex(), hmac.digest(b'k', b'm', hashlib.md5).hex())
print(hmac.new(b'k', b'm', 'md5').digest() == hmac.digest(b'k', b'm', 'md5'))
print(hmac.HMAC.blocksize, hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4])
