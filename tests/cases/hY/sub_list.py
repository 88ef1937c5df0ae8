def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __iter__(self):
        print("iter")
        return iter([9, 9])
    def __len__(self):
        return 100
    def __getitem__(self, i):
        print("getitem", i)
        return 7
l = L([1, 2, 3])
t(lambda: list(l))
t(lambda: tuple(l))
t(lambda: [*l])
t(lambda: sorted(l))
t(lambda: l + [4])
t(lambda: [4] + l)
t(lambda: type(l + [4]))
t(lambda: type(l * 2))
t(lambda: type(l[:]))
t(lambda: l[0])
t(lambda: len(l))
t(lambda: repr(l))
t(lambda: sum(l))
t(lambda: max(l))
t(lambda: set(l))
t(lambda: ",".join(map(str, l)))
t(lambda: 9 in l)
t(lambda: 1 in l)
t(lambda: l == [1, 2, 3])
t(lambda: l.copy())
t(lambda: type(l.copy()))
x = []
x.extend(l); print(x)
x = [0]
x += l; print(x)
a, *b = l; print(a, b)
print(list(reversed(l)))
print(list(enumerate(l)))
print(dict.fromkeys(l))
class S(list):
    def __init__(self, *a):
        print("S init", a)
        super().__init__(*a)
s = S("ab")
print(s, type(s + s), type(s * 1))
s += "c"
print(s, type(s))
s *= 2
print(s, type(s))
s2 = s[1:3]; print(type(s2))
t(lambda: S("a", "b"))
t(lambda: list("a", "b"))
t(lambda: list(x=1))
class N(list):
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
n = N([1], k=2) if False else None
t(lambda: N([1], k=2))
class RL(list):
    def __repr__(self): return "RL" + super().__repr__()
t(lambda: RL([RL([1])]))
t(lambda: str(RL([1])))
class Sortk(list):
    def __lt__(self, o): return True
t(lambda: sorted([Sortk([2]), Sortk([1])]))
import copy, pickle
class P(list):
    pass
p = P([1, [2]]); p.z = 1
q = copy.copy(p); print(type(q).__name__, q, q.z, q[1] is p[1])
q = copy.deepcopy(p); print(type(q).__name__, q, q.z, q[1] is p[1])
q = pickle.loads(pickle.dumps(p)); print(type(q).__name__, q, q.z)
t(lambda: p.__reduce_ex__(2)[0].__name__)
class Eq(list):
    def __eq__(self, o): return "eq"
t(lambda: Eq() == [])
t(lambda: [] == Eq())
t(lambda: [Eq()] == [[]])
t(lambda: [1].index(1.0))
t(lambda: [Eq()].count([]))
