import math
import hashlib
import base64


def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    if n in small:
        return True
    if any(n % p == 0 for p in small):
        return False
    d, s = n - 1, 0
    while not d & 1:
        d >>= 1
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_prime(n):
        n += 2
    return n


class Key:
    def __init__(self, n, exp):
        self.n, self.exp = n, exp

    @property
    def bits(self):
        return self.n.bit_length()

    def __repr__(self):
        return f"Key(bits={self.bits}, exp={self.exp if self.exp < 10 ** 6 else '...'})"

    def apply(self, m):
        if not 0 <= m < self.n:
            raise ValueError(f"message out of range for {self.bits}-bit key")
        return pow(m, self.exp, self.n)


def keygen(seed_a, seed_b, e=65537):
    p = next_prime(seed_a)
    q = next_prime(seed_b)
    if p == q:
        raise ValueError("p and q must differ")
    phi = (p - 1) * (q - 1)
    if math.gcd(e, phi) != 1:
        raise ValueError("e not coprime with phi")
    d = pow(e, -1, phi)
    return Key(p * q, e), Key(p * q, d), (p, q)


pub, priv, (p, q) = keygen(10 ** 40 + 12345, 3 * 10 ** 39 + 777)
print(pub, priv, p, q, sep="\n")
print((pub.exp * priv.exp) % ((p - 1) * (q - 1)))
msg = "Hello, RSA! ünïcode ok"
m = int.from_bytes(msg.encode(), "big")
c = pub.apply(m)
back = priv.apply(c)
print(m.bit_length(), c % 10 ** 12, back == m, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
digest = hashlib.sha256(msg.encode()).digest()
sig = priv.apply(int.from_bytes(digest, "big") % pub.n)
print("verify", pub.apply(sig) == int.from_bytes(digest, "big") % pub.n)
print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"hello").hexdigest()[:16], hashlib.sha512(b"x").hexdigest()[:32])
h = hashlib.new("sha256")
for chunk in (b"a", b"b", b"c"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size, h.block_size)
enc = base64.b64encode(c.to_bytes((c.bit_length() + 7) // 8, "big"))
print(enc[:20], len(enc), base64.b64decode(enc)[:4].hex(), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"hi"), base64.b16decode("4869"))
for bad in [lambda: pub.apply(pub.n), lambda: pub.apply(-1), lambda: keygen(100, 100),
            lambda: pow(6, -1, 9), lambda: base64.b64decode("abc"), lambda: hashlib.new("nope")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(1 for n in range(10 ** 6, 10 ** 6 + 1000) if is_prime(n)), next_prime(2 ** 64), is_prime(2 ** 127 - 1))
