def t(label, v):
    print("eval", label)
    return v
print(t("a", 1) < t("b", 2) < t("c", 0) < t("d", 5))
print(t("a", 3) < t("b", 2) < t("c", 0))
print(t("x", 1) == t("y", 1) != t("z", 2))
print(t("l", [1]) + t("r", [2]))
d = {}
d[t("key", "k")] = t("value", "v")
print(d)
x = {t("k1", 1): t("v1", "a"), t("k2", 2): t("v2", "b")}
print(x)
print(t("f", print)(t("arg1", 1), t("arg2", 2), sep=t("sep", "-")))
l = [0, 0, 0]
l[t("idx", 1)] += t("inc", 5); print(l)
class A:
    def __init__(self): self.v = 0
    def __getattr__(self, n): print("getattr", n); return 0
a = A()
t("obj", a).w = t("rhs", 7); print(a.w)
print(t("p", 2) ** t("q", 3) ** t("r", 2))
print(t("cond", True) and t("and-rhs", 0) or t("or-rhs", "fallback"))
print(t("a", 0) if t("test", False) else t("b", 1))
print(-t("neg", 2) ** 2, (-2) ** 2, not t("n", 0) == 1, not -1, -(-1), 2 - -2, 2--2)
print([t(f"item{i}", i) for i in range(2)], {t("s1", 1), t("s2", 2)})
f = lambda *a, **k: (a, sorted(k.items()))
print(f(*t("star", [1]), t("pos", 2), **t("dstar", {"z": 1}), y=t("kw", 3)))
def dflt(a=t("default-a", 1), *, b=t("default-b", 2)): return a, b
print(dflt())
@t("decorator-expr", lambda fn: (print("applying"), fn)[1])
def decorated(): return "decorated"
print(decorated())
class C(t("base", object), metaclass=t("meta", type)):
    print("class body")
print(t("is-l", None) is t("is-r", None), 1 is not 2 if False else "", t("in-l", 1) in t("in-r", [1]), 3 not in [1, 2])
i = 0
def nxt():
    global i
    i += 1
    return i
print(nxt() - nxt(), nxt() * 10 + nxt(), [nxt(), nxt()])
s = "abc"
print(s[t("start", 0):t("stop", 2):t("step", 1)])
y = z = t("chain", [])
print(y is z)
a1, a2 = t("rhs-tuple", (1, 2))
lst = [1, 2, 3]
print(1 < 2 == 2 > 1, 1 < 3 > 2, (1 < 2) < 3, 1 < (2 < 3), 0 < 0 == 0, 0 == 0 < 0, "a" < "b" < "c" > "a")
print(1 in [1] == True, (1 in [1]) == True, 1 in [1] in [[1]], None is None is None, 2 is 2 is not 3)
print(3 & 5 == 1, (3 & 5) == 1, 1 | 2 ^ 3 & 4, 6 >> 1 << 2, -7 >> 1, -7 // 2, ~0 & 0xff, 5 - 3 - 1, 2 ** -2, 100 // 7 % 3)
print(not 1 + 1, not 0 * 5, [] or [] and 1, "" or 0 or None, 1 and 2 and 3, 0 and 1/0, 1 or 1/0)
