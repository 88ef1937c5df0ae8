class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), len(L(2)), not L(0))
for bad in (-1, 2**70, "x", 1.5):
    try:
        len(L(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class B:
    def __bool__(self): return self.v
    def __init__(self, v): self.v = v
print(bool(B(True)), bool(B(False)))
try:
    bool(B(1))
except TypeError as e:
    print(e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), "yes" if Both() else "no")
class Neither: pass
print(bool(Neither()))
try:
    len(Neither())
except TypeError as e:
    print(e)
class BL:
    def __len__(self): return True
print(len(BL()))
class Bn(int):
    def __bool__(self): return True
print(bool(Bn(0)), Bn(0) or "x")
print(bool([]), bool([0]), bool(""), bool(" "), bool(0j), bool(0.0), bool(-0.0), bool(None), bool(range(0)), bool({}))
