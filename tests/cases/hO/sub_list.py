class MyList(list):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag
    def __repr__(self):
        return f"MyList({list.__repr__(self)}, tag={self.tag!r})"

m = MyList([3, 1, 2], tag="t")
print(m, len(m), m.tag, type(m[0:2]).__name__, m[0:2])
m.append(5)
m.sort()
print(m, m + [9], type(m + [9]).__name__, type(m * 2).__name__, type(m.copy()).__name__)
print(list(m), sorted(m, reverse=True), m == [1, 2, 3, 5], [1, 2, 3, 5] == m)
m2 = m
m2 += [7]
print(m2 is m, type(m2).__name__, m)
print(str(m), "%s" % (m,), f"{m!r}")

class Counting(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __iter__(self):
        print("iter")
        return list.__iter__(self)
    def __len__(self):
        print("len")
        return list.__len__(self)
    def __contains__(self, x):
        print("contains", x)
        return list.__contains__(self, x)

c = Counting([1, 2, 3])
print("--- list()")
print(list(c))
print("--- tuple()")
print(tuple(c))
print("--- for")
for x in c:
    pass
print("--- in")
print(2 in c)
print("--- index")
print(c[1])
print("--- unpack")
a, b, d = c
print(a, b, d)
print("--- sorted")
print(sorted(c))
print("--- join")
print("-".join(map(str, c)))
print("--- len")
print(len(c))
print("--- bool")
print(bool(c))
print("--- repr")
print(repr(c))
print("--- sum")
print(sum(c))
print("--- max")
print(max(c))
print("--- star")
print(*c)
print("--- set")
print(set(c))
print("--- extend")
z = []
z.extend(c)
print(z)
print("--- eq")
print(c == [1, 2, 3])
import copy
print("--- copy")
cc = copy.copy(m)
print(type(cc).__name__, cc, cc.tag)
dc = copy.deepcopy(m)
print(type(dc).__name__, dc, dc.tag)
import json
print(json.dumps(m))
print(MyList.__init__ is list.__init__, MyList.__repr__.__qualname__)
class NoRepr(list): pass
print(NoRepr([1, [2]]), repr(NoRepr()))
try:
    MyList(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    MyList([1], [2])
except Exception as e:
    print(type(e).__name__, e)
