# Fused sequences around arithmetic and loops: local+local+op, local+const+op,
# local+const+compare+branch, op+store, for+store. Every type and fallback path.
def arith(a, b):
    out = []
    out.append(a + b)
    out.append(a - b)
    out.append(a * b)
    out.append(a & b if isinstance(a, int) and isinstance(b, int) else None)
    out.append(a | b if isinstance(a, int) and isinstance(b, int) else None)
    out.append(a ^ b if isinstance(a, int) and isinstance(b, int) else None)
    c = a * b
    c = c + a
    out.append(c)
    return out


for a, b in [(3, 4), (-7, 2), (2**62, 4), (2**63 - 1, 1), (-(2**63), -1), (1.5, 2.25),
             (1, 2.5), (True, 3), (2**100, 3), ("ab", "cd")]:
    try:
        print(a, b, arith(a, b))
    except TypeError as e:
        print("TypeError:", e)


def with_consts(n):
    r = []
    r.append(n + 1)
    r.append(n - 1)
    r.append(n * 3)
    r.append(n & 6)
    k = n * 2
    k = k - 1
    r.append(k)
    if n < 2:
        r.append("small")
    if n >= 10:
        r.append("big")
    if n == 5:
        r.append("five")
    if n != 5:
        r.append("not five")
    return r


for n in (0, 1, 5, 10, 2**63 - 1, -(2**63), 1.0, 2**64):
    print(n, with_consts(n))
try:
    with_consts("x")
except TypeError as e:
    print("TypeError:", e)


def squares(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


print(squares(10), squares(0))
big = 3037000500  # i * i overflows 64 bits
s = 0
for i in range(big, big + 3):
    s += i * i
print(s)


def concat(words):
    s = ""
    for w in words:
        s = s + w
        s += "-"
    return s


print(concat(["a", "b", "c"]))


def unbound_pair(flag):
    if flag:
        b = 1
    a = 2
    return a + b


def unbound_first(flag):
    if flag:
        a = 1
    return a - 1


for fn in (unbound_pair, unbound_first):
    try:
        fn(False)
    except UnboundLocalError as e:
        print(fn.__name__, e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __add__(self, other):
        return Noisy(self.name + "+")


def replace_locals():
    x = Noisy("a")
    x = x + 1
    print("after add")
    for x in [Noisy("b"), Noisy("c")]:
        print("loop", x.name)
    print("end")


replace_locals()


def gen():
    yield 1
    yield 2


def loop_over_gen():
    total = 0
    for v in gen():
        total += v
    for k, v in {"a": 1}.items():
        total += v
    else:
        total += 100
    return total


print(loop_over_gen())
