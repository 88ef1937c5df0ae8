for left in [{1}, frozenset([3]), {1: 2}, 5, 1.5, None]:
    for right in ["c", b"c", [5], (6,), bytearray(b"z")]:
        a = left
        try:
            a *= right
            print(repr(a))
        except TypeError as e:
            print("TypeError", e)
        try:
            print(repr(left * right))
        except TypeError as e:
            print("TypeError", e)
