# Comparisons of exact strs and floats (fast path) against subclasses that override them.
words = ["", "a", "b", "ab", "é", "z", "Z", "\U0001F600", "\uffff", "aa\x00", "aa"]
for x in words:
    print(repr(x), [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in words[:4]])
print(sorted(words) == sorted(words, key=lambda s: [ord(c) for c in s]))
nan = float("nan")
fl = [0.0, -0.0, 1.5, nan, float("inf"), -float("inf")]
for x in fl:
    print(x, [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in fl])
class S(str):
    def __eq__(self, o):
        return "S.eq"
    def __lt__(self, o):
        return "S.lt"
    __hash__ = str.__hash__
print(S("a") == "a", "a" == S("a"), S("a") < "b", "b" > S("a"), "a" != S("a"))
class F(float):
    def __gt__(self, o):
        return "F.gt"
print(F(1.0) > 0.5, 0.5 < F(1.0), F(1.0) == 1.0)
for i in range(3):
    if "x" * i == "xx":
        print("match at", i)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    1.5 < "a"
except TypeError as e:
    print("TypeError", e)
