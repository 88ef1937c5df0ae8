# doctest.TestResults and difflib.Match behave as named tuples
import difflib, doctest, copy
m = difflib.Match(1, 2, 3)
print(m, m.a, m.size, m._asdict(), m._replace(a=9), m == (1, 2, 3), type(m).__name__, m._fields)
r = doctest.TestResults(0, 5)
print(r, r.failed, r.attempted, tuple(r), doctest.TestResults(failed=1, attempted=2))
print(copy.copy(r), isinstance(r, tuple), hash(r) == hash((0, 5)))
a, b = r
print(a, b)
