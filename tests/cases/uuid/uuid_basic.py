import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.variant, u.version, u.is_safe)
same = [uuid.UUID('12345678123456781234567812345678'),
        uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
        uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
        uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78' * 2),
        uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
        uuid.UUID(int=0x12345678123456781234567812345678)]
print(all(x == u for x in same), len({hash(x) for x in same}), int(u) == u.int)

for v in range(1, 6):
    w = uuid.UUID(int=(1 << 128) - 1, version=v)
    print(v, w, w.version, w.variant)
for n in [0, 1 << 127, 1 << 126 | 1 << 127, (1 << 128) - 1, 0x8000 << 48 | 0x4000 << 48]:
    x = uuid.UUID(int=n)
    print(x, x.variant, x.version)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x/'), uuid.uuid5(uuid.NAMESPACE_OID, 'é'))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]))
print(a == uuid.UUID(int=1), {a: 1}[uuid.UUID(int=1)])
print(list(uuid.SafeUUID), uuid.SafeUUID.safe.value)
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(u.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.unsafe).__getstate__())

import copy
c = copy.copy(u)
d = copy.deepcopy(u)
print(c, d, c == u, type(d).__name__)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: uuid.uuid3(uuid.NAMESPACE_URL, b'http://x/'))
t(lambda: uuid.UUID())
t(lambda: uuid.UUID('abc'))
t(lambda: uuid.UUID('1234567812345678123456781234567g'))
t(lambda: uuid.UUID(hex='0' * 32, int=0))
t(lambda: uuid.UUID(bytes=b'x' * 15))
t(lambda: uuid.UUID(bytes_le=b'x' * 17))
t(lambda: uuid.UUID(fields=(1, 2, 3)))
t(lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)))
t(lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)))
t(lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, -1)))
t(lambda: uuid.UUID(int=-1))
t(lambda: uuid.UUID(int=1 << 128))
t(lambda: uuid.UUID(int=0, version=6))
t(lambda: uuid.UUID(int=0, version=0))
t(lambda: setattr(u, 'int', 5))
t(lambda: setattr(u, 'foo', 5))
t(lambda: a < 1)
t(lambda: u.foo)

for f in (uuid.uuid1, uuid.uuid4):
    x, y = f(), f()
    print(f.__name__, x != y, x.version, x.variant, len(str(x)), type(x).__name__)
x = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(x.node == 0x123456789abc, x.clock_seq == 0x1234, x.version)
print(uuid.uuid1().time < uuid.uuid1().time, 0 <= uuid.getnode() < 1 << 48)
