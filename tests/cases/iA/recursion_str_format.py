# How deep a recursive __str__ can go before RecursionError: an f-string of an object
# without __format__ costs a frame, object.__format__ and str() per level (CPython 3.11).
class S:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def __str__(self):
        return f"{self.v}->{self.nxt}"


class G:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def __str__(self):
        return str(self.v) + format(self.nxt)


def build(cls, n):
    x = None
    for i in range(n):
        x = cls(i, x)
    return x


def probe(f):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


for cls in (S, G):
    print(cls.__name__, probe(lambda n: str(build(cls, n))))
    try:
        str(build(cls, 3000))
    except RecursionError as e:
        print("  ", e)
print(str(build(S, 5)), str(build(G, 3)))
