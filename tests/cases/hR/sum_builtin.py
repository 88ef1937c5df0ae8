def t(*a, **k):
    try:
        print(repr(sum(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t([1, 2, 3])
t([1, 2, 3], 10)
t([1, 2, 3], start=10)
t([])
t([], 5)
t([0.1] * 10)
t([1e100, 1.0, -1e100])
t([0.1, 0.2, 0.3])
t([1, 0.5, 2])
t([True, True, False])
t([1j, 2, 0.5])
t([[1], [2, 3]], [])
t([(1,), (2,)], ())
t(["a", "b"])
t(["a", "b"], "")
t([b"a"], b"")
t([bytearray(b"a")], bytearray())
t([1, "a"])
t(["a", 1], 0)
t(5)
t([1], 2, 3)
t()
t([2**64, 2**64])
t(range(10**6))
t(x for x in range(5))
t([float('inf'), -float('inf')])
t([float('nan'), 1])
t([1, 2], start="x")
t([[1]], start=[0])
t([1.5, 2**70])
t([2**63 - 1, 1])
t([-2**63, -1])
t([1e308, 1e308])
t([3, 4.0], 0.5)
import fractions, decimal
t([fractions.Fraction(1, 3)] * 3)
t([decimal.Decimal("0.1")] * 3)
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return "V(%r)" % self.x
t([V(1), V(2), V(3)])
t([V(1), V(2)], V(10))
t([V(1), 1])
t([[1, 2], [3]], start=[])
print(sum([0.1] * 10) == 1.0, sum([1e-16] * 10, 1.0))
