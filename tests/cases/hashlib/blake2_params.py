import hashlib

for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    print(cls(b'abc').hexdigest())
    print(cls(b'abc', digest_size=16).hexdigest())
    print(cls(b'abc', key=b'secret').hexdigest())
    print(cls(key=b'k' * cls.MAX_KEY_SIZE).hexdigest())
    print(cls(b'abc', salt=b'salt', person=b'me').hexdigest())
    print(cls(b'', digest_size=1, key=b'x', salt=b'y', person=b'z', fanout=2, depth=3,
              leaf_size=4096, node_offset=9, node_depth=1, inner_size=cls.MAX_DIGEST_SIZE,
              last_node=True).hexdigest())
    h = cls(key=b'key', digest_size=20)
    for i in range(300):
        h.update(bytes([i % 256]) * (i % 7))
    print(h.hexdigest(), h.digest_size, h.block_size, h.name)
    # a keyed hash of exactly one block of data
    print(cls(b'\x01' * h.block_size, key=b'k').hexdigest()[:16])

    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(e)
    print(hashlib.new(cls.__name__, b'abc', digest_size=8).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)
