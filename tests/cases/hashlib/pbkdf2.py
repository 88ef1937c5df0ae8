import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b',
             'blake2s']:
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 1).hex())
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 50, dklen=100).hex())
print(hashlib.pbkdf2_hmac('sha256', b'p' * 200, b'NaCl', 1000).hex())
print(hashlib.pbkdf2_hmac('sha256', bytearray(b'pw'), memoryview(b'salt'), 10, 7).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha1', password=b'pw', salt=b's', iterations=2,
                          dklen=None).hex())
for args in [('sha1', b'pw', b's', -1), ('sha1', b'pw', b's', 1, -5), ('shake_128', b'p', b's', 1),
             ('sha1', b'pw', b's'), ('sha1', b'pw', b's', 1, 1, 1), ('sha1', None, b's', 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
