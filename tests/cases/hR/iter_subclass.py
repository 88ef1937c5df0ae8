class Z(zip):
    def __next__(self):
        return ("z",) + super().__next__()
print(list(Z("ab", "cd")))
for x in Z("a", "b"):
    print(x)
print(next(Z("a", "b")), [x for x in Z("a", "b")], tuple(Z("a", "b")), *Z("a", "b"))
class E(enumerate):
    def __init__(self, it, start=0):
        self.calls = 0
    def __next__(self):
        self.calls += 1
        i, v = super().__next__()
        return i * 10, v.upper()
e = E("abc", 1)
print(list(e), e.calls, type(e).__name__, isinstance(e, enumerate))
print(dict(E("xy")))
class M(map):
    def __next__(self):
        return -super().__next__()
print(list(M(int, "123")), sum(M(int, "12")), max(M(int, "35")), sorted(M(int, "213")))
class F(filter):
    def __next__(self):
        v = super().__next__()
        print("filter yields", v)
        return v
print(list(F(None, [0, 1, "", "a"])))
class R(reversed):
    def __next__(self):
        return super().__next__() * 2
print(list(R([1, 2, 3])), list(R("ab")))
class Plain(enumerate):
    pass
p = Plain("ab", 5)
print(list(p), list(p), next(p, "exhausted"))
class Counting(zip):
    n = 0
    def __next__(self):
        Counting.n += 1
        return super().__next__()
z = Counting([1, 2], [3, 4])
print(list(z), Counting.n)
print(list(z), Counting.n)
class Stop(map):
    def __next__(self):
        v = super().__next__()
        if v > 2:
            raise StopIteration
        return v
print(list(Stop(int, "12345")), [a for a in Stop(len, ["a", "bbb", "c"])])
it = iter(E("q"))
print(type(it).__name__, next(it))
print(list(zip(E("ab"), M(int, "12"))))
print(list(map(lambda t: t, E("k"))), any(F(None, [0, 0])))
