# Instruction pairs the compiler fuses (local + attribute, local + method, local + store,
# two locals, local + constant, compare + branch, constant + return): every fallback path.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    def get(self):
        return self.x


class R(Q):
    def __getattr__(self, name):
        return "missing:" + name


def reads(o):
    out = []
    for _ in range(3):
        out.append(o.x)
    return out


def unbound_attr(flag):
    if flag:
        o = Q(1)
    return o.x


def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def unbound_store(flag):
    if flag:
        o = Q(1)
    o.x = 5


def cmp_chain(a, b):
    r = []
    if a < b:
        r.append("lt")
    if a <= b:
        r.append("le")
    if a == b:
        r.append("eq")
    if a != b:
        r.append("ne")
    if a > b:
        r.append("gt")
    if a >= b:
        r.append("ge")
    return r


def const_ret(k):
    if k:
        return "yes"
    return None


for obj in (Q(3), R(4), P(5, 6)):
    print(type(obj).__name__, reads(obj))
# Switching the type seen at one site (the cache must not serve the wrong layout).
for obj in [Q(1), P(2, 3), Q(4), R(5), P(6, 7)]:
    print(reads(obj)[0], end=" ")
print()
r = R(9)
print(r.nothing, r.double, r.get())
q = Q(1)
q.get = lambda: "instance attr shadows method"
print(q.get())
for o in (Q(1), P(1, 2)):
    o.x = 10
    print(o.x)
for fn, arg in ((unbound_attr, False), (unbound_second, False), (unbound_store, False)):
    try:
        fn(arg)
    except UnboundLocalError as e:
        print(fn.__name__, "->", e)
print(unbound_attr(True), unbound_second(True))
print(cmp_chain(1, 2), cmp_chain(2, 2), cmp_chain(3, 2))
print(cmp_chain(1.5, 2), cmp_chain("b", "a"), cmp_chain(2**70, 2**70 + 1))
print(cmp_chain(True, 1), cmp_chain(-(2**63), 2**63 - 1))
try:
    cmp_chain(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(const_ret(1), const_ret(0))


class Cmp:
    def __lt__(self, other):
        return []

    def __le__(self, other):
        return [1]

    __eq__ = __ne__ = __gt__ = __ge__ = __lt__


print(cmp_chain(Cmp(), 1))
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


def slot_unset():
    o = P.__new__(P)
    return o.x


try:
    slot_unset()
except AttributeError as e:
    print("AttributeError:", e)
