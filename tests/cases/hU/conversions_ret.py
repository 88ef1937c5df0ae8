import warnings
warnings.simplefilter("ignore")
class I:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __index__(self): return self.v
    def __bool__(self): return self.v
    def __len__(self): return self.v
    def __hash__(self): return self.v
    def __repr__(self): return "I"
class IntSub(int): pass
class FloatSub(float): pass
for v in [3, 2.5, "s", None, True, IntSub(4), FloatSub(1.5), 2**70, complex(1, 2)]:
    row = []
    for f in (int, float, complex, bool, len, hash, lambda x: [0] * 10 and "abcdefgh"[x], bin):
        try:
            r = f(I(v))
            row.append(f"{type(r).__name__}:{r}")
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(v))
    for x in row:
        print("   ", x)
class NoConv: pass
for f in (int, float, complex):
    try:
        f(NoConv())
    except Exception as e:
        print(type(e).__name__, e)
print(int(IntSub(5)).__class__.__name__, float(FloatSub(2.0)).__class__.__name__)
print(int("  12  "), int("0x1f", 16), int("0b101", 0), int("1_000"), float(" 1e3 "), complex(" 1+2j "))
for bad in ("1_", "_1", "0x", "1__0", "", " ", "1e", "inf", "nan", "infinity", "-iNF"):
    for f in (int, float):
        try:
            print(f.__name__, repr(bad), f(bad))
        except Exception as e:
            print(type(e).__name__, e)
