import sys, copy, textwrap, pprint, string, bisect, array, struct
from collections import ChainMap, UserDict, UserList, UserString, abc

def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None: break
        total += x; count += 1; avg = total / count
    return (count, avg)
g = averager(); next(g)
for v in [10, 20, 30]: print(g.send(v))
try: g.send(None)
except StopIteration as e: print("returned", e.value)
def delegator():
    r = yield from averager()
    print("sub returned", r)
    yield "after"
d = delegator(); next(d); d.send(4); d.send(6); print(d.send(None))
def gen_with_cleanup():
    try:
        for i in range(10): yield i
    except GeneratorExit:
        print("closing"); raise
    finally:
        print("finally")
g = gen_with_cleanup(); print(next(g), next(g)); g.close(); print(g.gi_frame is None)
def catcher():
    while True:
        try: yield
        except ValueError as e: print("caught", e)
c = catcher(); next(c); c.throw(ValueError("oops")); c.throw(ValueError, ValueError("x"))
try: c.throw(KeyError("k"))
except KeyError as e: print("propagated", e)
def fib():
    a, b = 0, 1
    while True: yield a; a, b = b, a + b
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
evens = (x for x in fib() if x % 2 == 0)
print(list(take(10, evens)))
pipeline = map(str.upper, filter(lambda w: len(w) > 2, "a bb ccc dddd ee fff".split()))
print(list(pipeline), list(pipeline))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0: yield n; n -= 1
    def __reversed__(self): return iter(range(1, self.n + 1))
    def __len__(self): return self.n
print(list(Countdown(3)), list(reversed(Countdown(3))), len(Countdown(4)), 2 in Countdown(3))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i * 10
it = It(); print(list(it), list(it), next(iter([]), "default"))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]))
print(sorted("hello world", reverse=True), sorted({3: 'a', 1: 'b'}), max([], default=None), min("bca"), max(3, 1, 2, key=lambda x: -x))
l = [1, [2, [3, 4]], {'k': [5]}]
l2 = copy.deepcopy(l); l2[1][1][0] = 99; l3 = copy.copy(l); l3[1][0] = 7
print(l, l2, l3)
cyc = [1]; cyc.append(cyc); print(cyc, copy.deepcopy(cyc)[1][1][0])
dd = {'a': 1}; dd['self'] = dd; print(dd)
txt = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(txt, width=30))
print(textwrap.wrap("short", 10), textwrap.shorten("Hello  world, this is long", width=15), repr(textwrap.dedent("   a\n     b\n   c")))
print(textwrap.indent("x\ny\n\nz", "> "), textwrap.fill("word " * 10, width=20, initial_indent="* ", subsequent_indent="  "))
data = {"name": "test", "items": [{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(4)], "meta": {"nested": {"deep": list(range(30))}}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(5)), width=5), pprint.pformat({"b": 1, "a": 2}), pprint.pformat(set(range(3))))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try: t.substitute(who="y")
except KeyError as e: print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, repr(string.whitespace))
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10)); bisect.insort(a, 4); print(a)
grades = lambda s: "FDCBA"[bisect.bisect([60, 70, 80, 90], s)]
print([grades(s) for s in [33, 99, 77, 70, 89, 90, 100]])
arr = array.array('i', [1, 2, 3]); arr.append(4); print(arr, arr.tolist(), arr[1:3], arr.itemsize, array.array('d', [1.5]), array.array('u', 'hi'))
packed = struct.pack('<hiq', 1, -2, 3); print(packed, struct.unpack('<hiq', packed), struct.calcsize('<hiq'), struct.calcsize('hiq'))
print(struct.pack('>f', 1.5), struct.unpack('>I', b'\x00\x00\x01\x00'), struct.pack('3s', b'abcd'), struct.pack('?', 5))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4}), cm.parents)
class D(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ud = D(); ud['ABC'] = 1; ud.update(XY=2); print(ud, 'abc' in ud, ud.data, isinstance(ud, abc.MutableMapping))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], type(ul[:2]).__name__)
us = UserString("hello"); print(us.upper(), us[1:], us + "!", len(us))
