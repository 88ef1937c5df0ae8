class I(int): pass
class A:
    def __mul__(self, o):
        return ("A*", o)
class B:
    def __rmul__(self, o):
        return ("rmul", o)
    def __repr__(self):
        return "B()"
class L(list): pass
for x in [I(2), A(), B(), L([1]), 3, True]:
    for y in [[1], "ab", (1,), b"x", L([5]), B()]:
        z = x
        if isinstance(x, L) and isinstance(y, B):
            continue
        try:
            z *= y
            print(type(x).__name__, repr(y), "->", z)
        except Exception as e:
            print(type(x).__name__, repr(y), "->", type(e).__name__, e)
        try:
            print(type(x).__name__, repr(y), "=>", x * y)
        except Exception as e:
            print(type(x).__name__, repr(y), "=>", type(e).__name__, e)
