class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [0, 5, True, 2**31, 2**63 - 1]:
    print(len(L(n)))
for n in [-1, 2**63, -2**70, 1.5, "3", None]:
    try:
        print(len(L(n)))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 7
try:
    print(len(L(I())))
except Exception as e:
    print(type(e).__name__, e)
class Sub(int):
    pass
print(len(L(Sub(4))), type(len(L(Sub(4)))))
for v in [1, None, 1.5, iter([]), (x for x in [])]:
    try:
        len(v)
    except Exception as e:
        print(type(e).__name__, e)
print(len("héllo"), len(b"ab"), len([1, 2]), len({1: 2}), len(range(0, 10, 3)), len(range(10, 0)))
print(len(range(-10**20, 10**20, 10**19)))
try:
    len(range(10**20))
except Exception as e:
    print(type(e).__name__, e)
try:
    len()
except Exception as e:
    print(type(e).__name__, e)
try:
    len([], [])
except Exception as e:
    print(type(e).__name__, e)
print(bool(L(0)), bool(L(3)))
try:
    bool(L(-1))
except Exception as e:
    print(type(e).__name__, e)
class B:
    def __bool__(self):
        return 1
try:
    bool(B())
except Exception as e:
    print(type(e).__name__, e)
try:
    if B():
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    not B()
except Exception as e:
    print(type(e).__name__, e)
class B2:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(B2()), not B2(), type(B2() and 1).__name__, B2() or 2)
class B3:
    __bool__ = None
    def __len__(self):
        return 1
try:
    bool(B3())
except Exception as e:
    print(type(e).__name__, e)
print(bool(), bool(0j), bool(0.0), bool(-0.0), bool(""), bool(" "), bool(()), bool(frozenset()))
try:
    bool(x=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except Exception as e:
    print(type(e).__name__, e)
