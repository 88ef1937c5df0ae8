import sys
for v in (0, 1, 2**30, 2**64, -1, 1.5, "", "a", "abc", "é", "😀", b"", b"abc", [], [1, 2, 3], (), (1, 2), {}, {"a": 1}, set(), {1, 2}, frozenset(), None, True, range(10), bytearray(b"ab"), 1j, object(), (x for x in []), [0] * 100, list(range(1000)), "a" * 100, {i: i for i in range(10)}):
    print(type(v).__name__, sys.getsizeof(v))
