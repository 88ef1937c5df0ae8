class T(tuple):
    def __getitem__(self, i):
        print("T.getitem", i)
        return tuple.__getitem__(self, i)
    def __len__(self):
        print("T.len")
        return tuple.__len__(self)
t = T((1, 2))
a, b = t
print(a, b, list(t), t[0], len(t), t == (1, 2), tuple(t), sorted(t), max(t))
print("%s-%s" % t)
print("{}-{}".format(*t))
class T2(tuple):
    def __iter__(self):
        print("T2.iter")
        return iter((9, 9))
t2 = T2((1, 2))
a, b = t2
print(a, b, list(t2), tuple(t2), t2, repr(t2), t2 == (1, 2), "%s %s" % t2, [*t2], dict.fromkeys(t2))
def fn(*args):
    return args
print(fn(*t2), type(fn(*t2)).__name__)
class L2(list):
    def __iter__(self):
        print("L2.iter")
        return iter([7])
l2 = L2([1, 2])
x, y = l2 if False else (1, 2)
print(list(l2), [*l2], sum(l2), l2, len(l2), fn(*l2), "-".join(map(str, l2)))
s = set(); s.update(l2); print(s)
print(sorted(l2), min(l2), any(l2), tuple(l2))
class D2(dict):
    def __iter__(self):
        print("D2.iter")
        return iter(["a"])
    def keys(self):
        print("D2.keys")
        return ["a"]
d2 = D2(a=1, b=2)
print(list(d2), dict(d2), {**d2}, len(d2), d2, [k for k in d2], list(d2.items()))
def kw(**k):
    return k
print(kw(**d2))
class S2(str):
    def __iter__(self):
        print("S2.iter")
        return iter("zz")
s2 = S2("ab")
print(list(s2), "".join(s2), s2, set(s2) == {"z"}, tuple(s2), [*s2])
class I2(int):
    def __index__(self):
        print("I2.index")
        return 1
    def __int__(self):
        print("I2.int")
        return 2
i2 = I2(5)
print([10, 20, 30][i2], int(i2), range(i2), hex(i2), "%d" % i2, f"{i2}", str(i2), repr(i2), i2 + 0)
class F2(float):
    def __float__(self):
        print("F2.float")
        return 9.0
f2 = F2(1.5)
print(float(f2), f2 + 0, str(f2), "%f" % f2, int(f2), round(f2), f"{f2}")
import math
print(math.floor(f2), math.sqrt(f2))
class B2(bytes):
    def __bytes__(self):
        print("B2.bytes")
        return b"override"
b2 = B2(b"orig")
print(bytes(b2), b2, list(b2)[:2], b2.decode(), bytearray(b2))
