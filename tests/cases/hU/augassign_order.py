class Box:
    def __init__(self):
        self._items = [1]
    @property
    def items(self):
        print("get items")
        return self._items
    @items.setter
    def items(self, v):
        print("set items", v)
        self._items = v
b = Box()
b.items += [2]
print(b._items)
class Logged(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
d = Logged(a=1)
d["a"] += 5
print(d)
def key():
    print("key evaluated")
    return "a"
def target():
    print("target evaluated")
    return d
target()[key()] *= 2
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __repr__(self): return f"Acc({self.v})"
lst = [Acc(1)]
lst[0] += 10
print(lst)
t = (Acc(1), 2)
try:
    t[0] += 5
except TypeError as e:
    print("TypeError", e)
print(t[0])
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t2)
class Sl:
    def __getitem__(self, k):
        print("get", k)
        return [0, 0]
    def __setitem__(self, k, v):
        print("set", k, v)
s = Sl()
s[1:2] += [5]
s[::2] = [1]
s[1:2, 3] = 0
s[...] = 1
s[:, None] = 2
class Miss(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
m = Miss()
print(m["ab"], m.get("ab"), "ab" in m)
m["x"] = 1
m["x"] += 1
print(m)
try:
    m["q"] += 1
except Exception as e:
    print(type(e).__name__, e)
print(m)
class Attr:
    pass
a = Attr()
try:
    a.count += 1
except AttributeError as e:
    print(e)
a.count = 0
a.count += 1
print(a.count)
x = 5
def f():
    global x
    x += 1
f(); print(x)
def g():
    try:
        y += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 0
g()
