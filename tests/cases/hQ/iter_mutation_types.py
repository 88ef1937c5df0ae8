def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
t(lambda: list(it))
l = [1, 2, 3]
it = reversed(l)
next(it)
l.pop()
l.pop()
t(lambda: list(it))
l = [1, 2, 3]
it = reversed(l)
l.clear()
t(lambda: list(it))
l.extend([7, 8])
t(lambda: list(it))
it = iter(l)
t(lambda: it.__length_hint__())
l.clear()
t(lambda: it.__length_hint__())
t(lambda: list(it))
l.append(5)
t(lambda: list(it))
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
t(lambda: next(it))
t(lambda: next(it))
d = {1: 1, 2: 2}
it = iter(d.items())
d.pop(1)
d[5] = 5
t(lambda: next(it))
d = {1: 1, 2: 2}
it = iter(d.values())
d[1] = 10
t(lambda: list(it))
d = {1: 1}
it = iter(d)
del d[1]
d[2] = 2
t(lambda: list(it))
s = {1, 2}
it = iter(s)
s.add(3)
t(lambda: next(it))
s = {1, 2}
it = iter(s)
s.discard(1)
s.add(9)
t(lambda: list(it))
d = {1: 1, 2: 2}
it = reversed(d)
d[3] = 3
t(lambda: next(it))
d = {1: 1, 2: 2}
ki = iter(d.keys())
t(lambda: ki.__length_hint__())
next(ki)
t(lambda: ki.__length_hint__())
t(lambda: list(iter(d.items()))[0])
it = iter("abc")
t(lambda: it.__length_hint__())
t(lambda: next(it))
t(lambda: list(it))
t(lambda: next(it))
t(lambda: next(it, "end"))
it = iter((1, 2))
t(lambda: (next(it), it.__length_hint__()))
it = iter(range(5)); next(it)
t(lambda: list(it))
it = iter([1, 2, 3])
t(lambda: it.__setstate__(2))
t(lambda: list(it))
it = iter([1, 2, 3])
t(lambda: it.__setstate__(-5))
t(lambda: list(it))
it = iter([1, 2, 3])
t(lambda: it.__reduce__()[1:])
t(lambda: type(iter({})).__name__)
t(lambda: type(iter({}.values())).__name__)
t(lambda: type(iter({}.items())).__name__)
t(lambda: type(reversed({})).__name__)
t(lambda: type(reversed({}.items())).__name__)
t(lambda: type(iter(set())).__name__)
t(lambda: type(iter(frozenset())).__name__)
t(lambda: type(iter(b"")).__name__)
t(lambda: type(iter(bytearray())).__name__)
t(lambda: type(reversed([])).__name__)
t(lambda: type(reversed(())).__name__)
t(lambda: type(reversed("")).__name__)
t(lambda: type(reversed(range(3))).__name__)
t(lambda: type(iter("é")).__name__)
t(lambda: type(iter("e")).__name__)
t(lambda: type(zip()).__name__)
t(lambda: type(enumerate([])).__name__)
t(lambda: type(map(len, [])).__name__)
t(lambda: type({}.keys()).__name__)
t(lambda: type(iter(lambda: 1, 2)).__name__)
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
t(lambda: type(iter(Seq())).__name__)
t(lambda: list(Seq()))
t(lambda: 20 in Seq())
t(lambda: list(reversed(Seq())))
class Seq2(Seq):
    def __len__(self): return 3
t(lambda: list(reversed(Seq2())))
t(lambda: type(reversed(Seq2())).__name__)
