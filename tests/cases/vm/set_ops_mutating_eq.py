# Set algebra between sets of atomic keys, and with keys whose __eq__ mutates an operand.
a = set(range(0, 60, 2)); b = set(range(0, 60, 3))
print(sorted(a & b), sorted(a | b)[:10], sorted(a - b)[:10], sorted(b - a), a <= b, (a & b) <= a)
print(sorted({1, 2.0, "x", b"y", 10**30} & {2, "x", 10**30, None}, key=repr))
print(frozenset("abc") - set("b") == frozenset("ac"), sorted(set("abc") | frozenset()))
class K:
    def __init__(self, v, victim=None):
        self.v = v; self.victim = victim
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        if self.victim is not None:
            self.victim.clear()
        return isinstance(o, K) and o.v == self.v
    def __repr__(self):
        return f"K({self.v})"
s = {1, 2, 3}
t = {K(1, s), K(2, s)}
for op in ("&", "|", "<="):
    s.clear(); s.update({K(1), K(2), 3})
    try:
        r = eval(f"s {op} t")
        print(op, sorted(map(repr, r)) if isinstance(r, set) else r, len(s))
    except Exception as e:
        print(op, type(e).__name__, e)
u = {1, 2, 3}
print(u & u, u - u, u | u, u <= u)
