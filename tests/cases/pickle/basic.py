import pickle
import collections

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**70, -2**70, 2**(8 * 300), 1.5, -0.0, float('inf'), 1e100,
          '', 'a', 'héllo \u1234 \U0001f600', 'a\\b\nc\r\x00\x1a\t', 'x' * 300,
          b'', b'abc', b'\x00\xff' * 200, bytearray(b'ab'), (), (1,), (1, 2), (1, 2, 3),
          (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {'a': [1, 2], 'b': (3,)}, {3},
          frozenset([4]), set(), frozenset(), 3 + 4j, range(3), slice(1, 2),
          list(range(1001)), {i: i for i in range(1002)}, ..., NotImplemented,
          type(None), len, collections.OrderedDict(a=1), int, collections.deque([1, 2])]

for p in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, p)
        except Exception as e:
            print(p, 'dumps', type(v).__name__, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        if isinstance(v, (set, frozenset, dict)) and p < 4:
            ok = back == v
        else:
            ok = back == v or (v != v)
        print(p, type(v).__name__, ok, type(back).__name__, data if len(data) < 200 else (len(data), data[:60], data[-60:]))

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, 4), pickle.dumps(1, -1))
