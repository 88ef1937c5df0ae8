import copy, pickle
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
d = D("me")
d["a"] = 1
t(lambda: D.fromkeys("ab"))
c = copy.copy(d)
t(lambda: (c, c.owner, type(c).__name__))
c2 = copy.deepcopy(d)
t(lambda: (c2, c2.owner))
p = pickle.loads(pickle.dumps(d))
t(lambda: (p, p.owner))
class L(list):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def append(self, x):
        print("append", x)
        super().append(x)
    def extend(self, xs):
        print("extend", xs)
        super().extend(xs)
l = L("t")
l.append(1)
l += [2]
t(lambda: copy.copy(l))
t(lambda: copy.copy(l).tag)
t(lambda: pickle.loads(pickle.dumps(l)).tag)
t(lambda: copy.deepcopy(l))
class S(set):
    def __init__(self, name):
        super().__init__()
        self.name = name
s = S("n"); s.add(3)
t(lambda: copy.copy(s))
t(lambda: pickle.loads(pickle.dumps(s)))
t(lambda: s | {4})
t(lambda: s.copy())
class Req(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
r = Req(1, 2)
t(lambda: copy.copy(r))
t(lambda: pickle.loads(pickle.dumps(r)))
