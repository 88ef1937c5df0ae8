print("== 0")
def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} exhausted")
print(list(zip(noisy("a", 3), noisy("b", 2))))
print("== 1")
def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} exhausted")
m = map(lambda x: x * 10, noisy("m", 2))
f = filter(None, noisy("f", 3))
print("created")
print(next(m), list(f), list(m))
print("== 2")
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
print(3 in noisy(10))
print(any(x > 1 for x in noisy(5)))
print(dict(enumerate(noisy(2), start=5)))
print("== 3")
import itertools
def g():
    for i in range(5):
        yield i
a, b = itertools.tee(g())
print(list(a), list(b))
print(list(itertools.chain.from_iterable((range(i) for i in range(4)))))
print(list(itertools.accumulate(g())), list(itertools.pairwise(g())))
print([(k, list(v)) for k, v in itertools.groupby(x // 2 for x in range(6))])
print("== 4")
class Seq:
    def __init__(self, *items): self.items = items
    def __iter__(self):
        print("iter called")
        yield from self.items
    def __reversed__(self):
        yield from reversed(self.items)
s = Seq(1, 2, 3)
print(2 in s, list(reversed(s)), sorted(s, reverse=True), max(s), [*s], (*s,))
a, *b = s
print(a, b)
print("== 5")
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(OnlyGetitem()), 4 in OnlyGetitem(), iter(OnlyGetitem()).__class__.__name__)
print("== 6")
def first_n(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(first_n(iter(int, 1), 3)))
print(list(iter([3, 2, 1, 0, 5].pop, 0)))
print("== 7")
def g():
    yield 1
    yield 2
it = g()
for x in it:
    print(x)
    for y in it:
        print("inner", y)
print("== 8")
import sys
def g():
    yield 1
print(sys.getsizeof(g()) > 0)
print("== 9")
gen = (x for x in range(3))
print(gen.__iter__() is gen, hasattr(gen, "__next__"), hasattr(gen, "__len__"))
try:
    reversed(gen)
except TypeError as e:
    print(e)
print("== 10")
def g():
    for x in range(3):
        yield x
        if x == 1:
            break
    else:
        yield "else"
    yield "after"
print(list(g()))
print("== 11")
def g():
    while True:
        try:
            x = yield
        except ValueError:
            continue
        else:
            if x is None:
                break
            print("got", x)
        finally:
            print("fin")
it = g(); next(it)
it.send(1); it.throw(ValueError)
try:
    it.send(None)
except StopIteration:
    print("stop")

