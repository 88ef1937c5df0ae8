def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class X:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v
    def __repr__(self): return self.v
    def __format__(self, spec): return self.v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __bool__(self): return self.v
    def __len__(self): return self.v
    def __hash__(self): return self.v
    def __bytes__(self): return self.v
for v in [1, "s", 1.5, True, -1, 2**70, None, b"b", [1]]:
    x = X(v)
    print("--", repr(v))
    t(lambda: str(x))
    t(lambda: repr(x))
    t(lambda: format(x, ""))
    t(lambda: f"{x}")
    t(lambda: "%s" % x)
    t(lambda: "%r" % x)
    t(lambda: operator_index(x))
    t(lambda: int(x))
    t(lambda: float(x))
    t(lambda: complex(x))
    t(lambda: bool(x))
    t(lambda: len(x))
    t(lambda: hash(x) if not isinstance(v, int) else "skip")
    t(lambda: bytes(x))
    t(lambda: [1, 2, 3][x])
    t(lambda: "abc" * x)
    t(lambda: range(x))
    t(lambda: hex(x))
    t(lambda: print(x, end="|\n"))
    t(lambda: not x)
    t(lambda: 1 if x else 0)
def operator_index(x):
    import operator
    return operator.index(x)
class IntSub(int): pass
class Y:
    def __index__(self): return IntSub(3)
    def __int__(self): return IntSub(4)
    def __float__(self): return FloatSub(2.5)
class FloatSub(float): pass
t(lambda: operator_index(Y()))
t(lambda: type(operator_index(Y())).__name__)
t(lambda: int(Y()))
t(lambda: type(int(Y())).__name__)
t(lambda: float(Y()))
t(lambda: type(float(Y())).__name__)
class Z:
    def __trunc__(self): return 7
t(lambda: int(Z()))
class W:
    def __int__(self): return 8
t(lambda: [1][W()] )
t(lambda: range(W()))
t(lambda: float(W()))
t(lambda: complex(W()))
