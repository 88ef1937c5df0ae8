# list: methods, slicing, slice assignment, sort, errors
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -1), slice(1, 8, 3), slice(8, 1, -2),
          slice(-100, 100), slice(100, -100, -1), slice(5, 2), slice(None, None, 2**70), slice(-2**70, 2**70),
          slice(2**70, None, -1), slice(0, 10, -1)]:
    show(lambda: a[s])
show(lambda: a[::0])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a[-10])
show(lambda: a[2**70])
show(lambda: a["x"])
show(lambda: a[1.5])
show(lambda: a[True])

def sa(target, s, v):
    b = list(range(10))
    try:
        b[s] = v
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
sa(0, slice(2, 5), [])
sa(0, slice(2, 5), "xyz")
sa(0, slice(2, 2), [7, 8, 9])
sa(0, slice(None), (1, 2))
sa(0, slice(8, 2), [0])
sa(0, slice(-2, None), range(5))
sa(0, slice(None, None, 2), "abcde")
sa(0, slice(None, None, 2), "abc")
sa(0, slice(None, None, -3), [0, 0, 0, 0])
sa(0, slice(1, 1, 2), [])
sa(0, slice(1, 1, 2), [5])
sa(0, slice(2, 5), 5)
sa(0, slice(None, None, 2), 5)
sa(0, slice(None, None, 0), [])
b = [1, 2, 3]
b[1:2] = b
print(b)
b = [1, 2, 3]
b[::-1] = b
print(b)

def da(s):
    b = list(range(10))
    try:
        del b[s]
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
for s in [slice(2, 5), slice(None, None, 2), slice(None, None, -3), slice(5, 2), 3, -1, 10, -11, slice(1, 9, -1)]:
    da(s)
show(lambda: [].__setitem__(0, 1))
show(lambda: [1].__setitem__(-2, 1))
show(lambda: [1].__setitem__("a", 1))

# methods
b = [3, 1, 2]
b.append(4); print(b)
b.extend([5, 6]); print(b)
b.extend(range(2)); print(b)
b.extend("ab"); print(b)
show(lambda: b.extend(5))
show(lambda: b.append())
show(lambda: b.append(1, 2))
b.insert(0, "first"); b.insert(-1, "beforelast"); b.insert(100, "end"); b.insert(-100, "start"); print(b)
show(lambda: b.insert(1))
show(lambda: b.insert("a", 1))
show(lambda: b.pop())
show(lambda: b.pop(0))
show(lambda: b.pop(-2))
show(lambda: b.pop(100))
show(lambda: [].pop())
show(lambda: b.pop("a"))
show(lambda: b.remove("a"))
show(lambda: b.remove("zzz"))
print(b)
show(lambda: b.index(3))
show(lambda: b.index("nope"))
show(lambda: [1, 2, 3, 2].index(2, 2))
show(lambda: [1, 2, 3, 2].index(2, -1))
show(lambda: [1, 2, 3, 2].index(2, 0, 1))
show(lambda: [1, 2, 3, 2].index(2, 2**70))
show(lambda: [1, 2, 3, 2].index(2, -2**70))
show(lambda: [1, 2, 3, 2].index())
show(lambda: [1, 2, 3, 2].count(2))
show(lambda: [1, 2.0, True, 1+0j].count(1))
show(lambda: [1, 2].count())
c = [1, 2, 3]
show(lambda: c.copy())
c.reverse(); print(c)
c.clear(); print(c)
show(lambda: [1] * 3)
show(lambda: [1, 2] * -1)
show(lambda: 2 * [0])
show(lambda: [1] * 2**70)
show(lambda: [1] + [2])
show(lambda: [1] + (2,))
show(lambda: [1] * 2.0)
d = [1]
d += (2, 3)
print(d)
d += "ab"
print(d)
d *= 2
print(d)
d *= 0
print(d)
show(lambda: [1, 2] < [1, 3])
show(lambda: [1, 2] < [1, 2, 0])
show(lambda: [1, 2] == [1, 2.0])
show(lambda: [1, "a"] < [1, 2])
show(lambda: [] < ())
show(lambda: [1] == (1,))
nan = float("nan")
show(lambda: [nan] == [nan])
show(lambda: [nan] < [nan])
show(lambda: list("abc"))
show(lambda: list(range(3), 1))
show(lambda: list(x=1))
show(lambda: list(5))
show(lambda: hash([]))
show(lambda: [1, 2, 3].__len__())
show(lambda: [1, 2][0:1:1])
show(lambda: 2 in [1, 2])
show(lambda: [].__class_getitem__(int))
show(lambda: list[int])
r = [1]
r.append(r)
print(r, [r, [r]])
show(lambda: repr([[]]))
l3 = [1, 2, 3]
l3[1:] = l3[1:]
print(l3)

# sort
s = [5, 2, 8, 1]
s.sort(); print(s)
s.sort(reverse=True); print(s)
s.sort(key=lambda x: -x); print(s)
s.sort(key=None, reverse=False); print(s)
show(lambda: s.sort(1))
show(lambda: s.sort(foo=1))
show(lambda: s.sort(key=1))
show(lambda: [3, "a", 1].sort())
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
pairs = [(i % 3, i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
m = [3, 1, 2]
def bad_key(x):
    m.append(x)
    return x
show(lambda: m.sort(key=bad_key))
print(m)
m2 = [3, 1, 2]
def clear_key(x):
    m2.clear()
    return x
show(lambda: m2.sort(key=clear_key))
print(m2)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99: raise RuntimeError("cmp fail")
        return self.v < o.v
    def __repr__(self): return f"C{self.v}"
cl = [Cmp(3), Cmp(99), Cmp(1)]
show(lambda: cl.sort())
print(cl)
print(sorted([Cmp(i) for i in [5, 3, 9, 1, 7, 3]]))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big, reverse=True)[:10])
fl = [3.5, float("nan"), 1.0, 2.0]
print(sorted(fl))
mixed = [1, 2.5, True, 0, -1.5, 2**65]
print(sorted(mixed))
stab = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')] * 5
print(sorted(stab, key=lambda t: t[0]))
sa(0, slice(None, None, 0), 5)
def mut_gen(lst):
    lst.append(99)
    yield "g"
ml = [1, 2, 3]
ml[1:2] = mut_gen(ml)
print(ml)
show(lambda: [].insert(2**70, 1))
show(lambda: [1].pop(2**70))
show(lambda: [].pop("a"))
show(lambda: [1, 2].index(2, "a"))
show(lambda: [1, 2].index(2, None))
show(lambda: [1, 2].index(2, 0, 2**80))
show(lambda: [1, 2].index(2, -2**80))
show(lambda: [1].insert(1.5, 0))
show(lambda: [].append(x=1))
show(lambda: [].insert(1, x=2))
show(lambda: [].pop(1, 2))
show(lambda: [].index(1, 2, 3, 4))
show(lambda: [].copy(1))
show(lambda: [].reverse(1))
show(lambda: list.append([], 1, 2))
show(lambda: list.append(5, 1))
