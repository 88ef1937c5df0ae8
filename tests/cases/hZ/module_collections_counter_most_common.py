from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), c["z"], sorted(c.elements()), c.total())
c.update("aaz"); c.subtract({"b": 5}); print(c)
print(+c, -c, Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=3, b=1) & Counter(a=1, b=4), Counter(a=1) | Counter(a=3, b=1))
d = Counter(x=1); d["y"] += 2; del d["x"]; del d["nope"]; print(d, repr(Counter()), Counter({"k": 0}))
print(Counter([1, 2, 2]) == Counter({2: 2, 1: 1}), Counter(a=1) == Counter(a=1, b=0), Counter("ab") <= Counter("abc"))
print(Counter("hello").most_common(0), Counter("hello").most_common(-1), list(Counter("cba").keys()))
try:
    Counter(1)
except TypeError as e:
    print(e)
e = Counter(a=2, b=-1); e += Counter(); print(e, dict(e))
print(Counter.fromkeys if False else "", sorted(Counter({"b": 2, "a": 2, "c": 1}).most_common()))
