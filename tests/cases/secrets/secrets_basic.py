import secrets

print(secrets.__all__)
print(secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_bytes(0)))
print(len(secrets.token_hex()), len(secrets.token_hex(7)), len(secrets.token_urlsafe()),
      len(secrets.token_urlsafe(10)))
h = secrets.token_hex(16)
print(all(c in '0123456789abcdef' for c in h))
u = secrets.token_urlsafe(64)
print(all(c.isalnum() or c in '-_' for c in u), '=' not in u)
print(type(secrets.token_bytes(3)).__name__, type(secrets.token_hex(3)).__name__)
seen = {secrets.token_hex(8) for _ in range(20)}
print(len(seen))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print({secrets.randbelow(3) for _ in range(300)} == {0, 1, 2})
print(secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('abc') in 'abc', secrets.choice([7]))
print(secrets.compare_digest(b'a', b'a'), secrets.compare_digest('a', 'b'))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), 0 <= secrets.SystemRandom().random() < 1)
for f, a in [(secrets.randbelow, 0), (secrets.randbelow, -3), (secrets.randbits, -1),
             (secrets.choice, []), (secrets.token_bytes, -1), (secrets.token_hex, 'x')]:
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
