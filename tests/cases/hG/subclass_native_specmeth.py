class I(int):
    def __index__(self): return 0
    def __int__(self): return 1
    def __float__(self): return 2.5
    def __str__(self): return "I-str"
    def __repr__(self): return "I-repr"
    def __format__(self, spec): return "I-fmt(" + spec + ")"
    def __bool__(self): return False
    def __hash__(self): return 77
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
i = I(5)
print([10, 20, 30, 40, 50, 60][i], "abcdef"[i], range(10)[i], hex(i), bin(i), oct(i), int(i), float(i), str(i), repr(i), format(i, "x"), f"{i:>3}", "%d" % i, "%s" % i, "%r" % i, "%x" % i, "%f" % i)
print(bool(i), not i, hash(i), -i, abs(i), i + 0, i * 1, i == 5, math_ok := True, [0] * 2 if False else "", "ab" * I(2), I(2) * "ab", divmod(i, 2), pow(i, 2), round(i), i.bit_length(), i.to_bytes(1, "big"))
import math
print(math.sqrt(i), math.floor(i), math.factorial(I(4)) if True else "", chr(I(65)), bytes(I(2)), bytearray(I(1)), list(range(I(3))), [1, 2, 3][I(0):I(2)])
class F(float):
    def __int__(self): return 99
    def __index__(self): return 3
    def __round__(self, n=None): return "rounded"
    def __trunc__(self): return "trunc"
f = F(1.5)
print(int(f), round(f), round(f, 1), math.trunc(f), math.floor(f), math.ceil(f), "%d" % f, "%.1f" % f, str(f), f"{f}")
try:
    print([1, 2, 3, 4][f])
except TypeError as e:
    print("TypeError", e)
class S(str):
    def __len__(self): return 1
    def __getitem__(self, k): return "G"
    def __iter__(self): return iter("XYZ")
    def __contains__(self, x): return x == "q"
s = S("abc")
print(len(s), s[0], list(s), "q" in s, "a" in s, s.upper(), s + "!", "".join(s), str(s), s.split("b"), s == "abc", s.find("c"), sorted(s), set(s) == set("XYZ"), s.startswith("a"), "%s" % s, f"{s}", s.encode(), tuple(s))
class L(list):
    def __len__(self): return 0
    def __getitem__(self, k): return "GI"
    def __contains__(self, x): return True
l = L([1, 2])
print(len(l), bool(l), l[0], 99 in l, list(l), l, str(l), sorted(l), l + [3], l == [1, 2], l.pop(), l, l.index(1), l.count(1), max(l), [*l], l[:], l[0:1])
class D(dict):
    def __getitem__(self, k): return "D" + str(k)
    def __contains__(self, k): return True
    def __len__(self): return 5
    def get(self, k, d=None): return "got"
d = D(a=1)
print(d["a"], d["zz"], "q" in d, len(d), bool(D()), d.get("a"), list(d.values()), list(d.items()), dict(d), d.setdefault("a"), d.pop("a"), d, "%(a)s %(b)s" % d, "{a}".format_map(d), "{0[x]}".format(d))
