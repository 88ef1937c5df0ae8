import sys
def t(f):
    try:
        r = f()
        print(repr(r)[:80])
    except Exception as e:
        print(type(e).__name__, e)
big = 2**100
M = sys.maxsize
for f in [lambda: "a" * big, lambda: [1] * big, lambda: (1,) * big, lambda: b"a" * big, lambda: bytearray(b"a") * big,
          lambda: "a".center(big), lambda: "a".ljust(big), lambda: "a".zfill(big), lambda: "a"[big], lambda: [1][big],
          lambda: (1,)[big], lambda: b"a"[big], lambda: range(big)[big], lambda: "abc".find("a", big),
          lambda: [1].index(1, big), lambda: "a".expandtabs(big), lambda: chr(big), lambda: bytes(big),
          lambda: bytearray(big), lambda: range(10)[M], lambda: "ab" * M, lambda: [0] * M, lambda: "a".center(M),
          lambda: "%*d" % (big, 1), lambda: "{:{}}".format(1, big), lambda: format(1, "1" * 30),
          lambda: round(1.5, big), lambda: (1).to_bytes(big, "big"), lambda: int.from_bytes(b"\x01", "big") << big,
          lambda: [1, 2][-big:big], lambda: "abc"[-big::-1], lambda: "abc"[::big], lambda: "abc"[::-big],
          lambda: list(range(0, 10, big)), lambda: range(0, big, big // 2)[1], lambda: len(range(0, big, 3)),
          lambda: memoryview(b"abc")[big], lambda: "a".replace("a", "b", big), lambda: "a b".split(None, big),
          lambda: [].insert(big, 1), lambda: "abc".startswith("a", big), lambda: b"a".hex(":", big),
          lambda: float(big ** 10), lambda: big ** 10 / 1, lambda: 1.5 ** big, lambda: 2 ** -big,
          lambda: divmod(big, 0.0), lambda: big % 0.5, lambda: M + 1, lambda: -M - 2, lambda: hash(M + 1),
          lambda: sys.getsizeof(1) > 0, lambda: (1).__lshift__(big), lambda: [1][M], lambda: [1][-M - 1], lambda: "a"[:M],
          lambda: enumerate([1], M).__next__(), lambda: list(enumerate("ab", M)), lambda: str(2**1000)[:10],
          lambda: int("9" * 4300), lambda: int("9" * 4301), lambda: str(10**4300), lambda: sys.get_int_max_str_digits(),
          lambda: hex(10**5000)[:10], lambda: int("1" * 5000, 16) > 0, lambda: repr(10**4300)]:
    t(f)
e = enumerate(range(5), M - 1)
t(lambda: list(e))
e = enumerate(iter([1, 2, 3]), M)
t(lambda: list(e))
e = enumerate((1, 2), -M - 2)
t(lambda: list(e))
