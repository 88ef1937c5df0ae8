def t(f, *a, **k):
    try:
        r = f(*a, **k)
        if f is reversed:
            r = list(r)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(sorted, [3, 1, 2])
t(sorted, "banana")
t(sorted, (3, 1), reverse=True)
t(sorted, {3: 1, 1: 2})
t(sorted, [1, "a"])
t(sorted, ["b", "A", "c"], key=str.lower)
t(sorted, [(1, 'b'), (1, 'a')], key=lambda p: p[0])
t(sorted, [(1, 'b'), (1, 'a')], key=lambda p: p[0], reverse=True)
t(sorted, [1, 2], lambda x: x)
t(sorted)
t(sorted, 5)
t(sorted, [1], cmp=None)
t(sorted, [3, 2, 1], key=None, reverse=0)
t(sorted, [3, 2, 1], reverse=None)
t(sorted, [3, 2, 1], reverse="yes")
t(sorted, [3, 2, 1], reverse=2.5)
t(sorted, [float('nan'), 2, 1])
t(sorted, [[2], [1, 5], []])
t(sorted, [1j, 2j])
t(sorted, iterable=[1])
t(reversed, [1, 2, 3])
t(reversed, "abc")
t(reversed, range(5))
t(reversed, range(0, 10, 3))
t(reversed, (1, 2))
t(reversed, {1: 2, 3: 4})
t(reversed, {1: 2, 3: 4}.items())
t(reversed, {1, 2})
t(reversed, iter([1]))
t(reversed, 5)
t(reversed, None)
t(reversed, [1], [2])
t(reversed, seq=[1])
t(reversed, b"abc")
t(reversed, bytearray(b"xy"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return i * 10
t(reversed, Seq())
class Rev:
    def __reversed__(self):
        return iter("custom")
t(reversed, Rev())
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t(reversed, RevNone())
class OnlyGet:
    def __getitem__(self, i):
        return i
t(reversed, OnlyGet())
class OnlyLen:
    def __len__(self):
        return 2
t(reversed, OnlyLen())
class BadRev:
    def __reversed__(self):
        return 42
try:
    r = reversed(BadRev())
    print(r)
except Exception as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
lst = [1, 2, 3]
r = reversed(lst)
next(r)
lst.clear()
print(list(r))
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)
a = [5, 2, 9]
b = sorted(a)
print(a, b, a is b)
words = "The quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=len, reverse=True))
