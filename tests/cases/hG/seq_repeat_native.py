import array, collections
for left in ["ab", b"ab", bytearray(b"x"), [1], (2,)]:
    for right in [collections.deque([3]), array.array("b", [2])]:
        for f in (lambda a, b: a * b, lambda a, b: b * a):
            try:
                print(f(left, right))
            except TypeError as e:
                print("TypeError", e)
        a = left
        try:
            a *= right
        except TypeError as e:
            print("TypeError", e)
for n in [2**65, -2**65, 1.5, "3", 2, 0, -1, True]:
    for seq in [collections.deque([1]), array.array("b", [1])]:
        for f in (lambda: seq * n, lambda: n * seq):
            try:
                print(f())
            except (TypeError, OverflowError) as e:
                print(type(e).__name__, e)
d = collections.deque([1, 2])
try:
    d *= 2**65
except OverflowError as e:
    print("OverflowError", e)
d *= 2; print(d)
