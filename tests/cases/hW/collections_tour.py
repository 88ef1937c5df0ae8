from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, namedtuple, UserDict, UserList, UserString
import itertools as it
import functools
import operator

d = deque(range(10), maxlen=8)
print(d)
d.rotate(3)
print(d, d[0], d[-1])
d.rotate(-5)
print(d, d.index(5), d.count(3))
d.appendleft(-1)
d.extend([100, 101])
print(d, len(d), d.maxlen)
d.extendleft("ab")
print(d)
d2 = deque()
for bad in (d2.pop, d2.popleft, lambda: d.index(999), lambda: d[50], lambda: deque([1]).remove(2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque("abc") == deque("abc"), deque([1]) < deque([2]))
dd = deque([1, 2, 3])
dd.insert(1, 9)
del dd[0]
dd.reverse()
print(dd, repr(deque([], maxlen=0)), deque(maxlen=3), copy_ := dd.copy(), copy_ is dd)
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as e:
    print(type(e).__name__, e)

c = Counter("mississippi")
print(c, c.most_common(2), c.most_common()[-1], sorted(c.elements()))
c2 = Counter(a=3, b=1, z=0)
c2.update({"a": 1, "q": 2})
c2.subtract("aab")
print(c2, +c2, -c2, c2.total())
print(Counter("aab") + Counter("bcc"), Counter("aab") - Counter("abbb"), Counter("aab") & Counter("abb"), Counter("aab") | Counter("abb"))
print(Counter(["x", "y", "x"]) == Counter({"x": 2, "y": 1}), Counter()["nope"], Counter("abc").most_common(0))
words = "the cat and the dog and the bird".split()
wc = Counter(words)
print(wc.most_common(3), sorted(wc.items(), key=lambda kv: (-kv[1], kv[0])))
print(Counter({"a": 2, "b": 2, "c": 2, "d": 1}).most_common(2))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict([("a", 0), ("c", 0), ("b", 0)]), od == {"c": 0, "b": 0, "a": 0}, list(reversed(od)))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(sorted(t["a"].keys()), t["a"]["b"]["c"], "q" in t, len(t))
dl = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dl[k].append(v)
print(dl, dict(dl), dl.default_factory, defaultdict(int).__missing__ is not None)
dn = defaultdict(None)
try:
    dn["q"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(lambda: 5)["k"]), defaultdict(set, a={1}) | {"b": {2}})

base = {"color": "red", "size": 1}
over = {"size": 2}
cm = ChainMap(over, base)
print(cm["size"], cm["color"], len(cm), sorted(cm), cm.maps)
cm["new"] = 1
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], over, dict(child) == {"color": "blue", "size": 2, "new": 1})
del cm["new"]
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
print(repr(ChainMap({"a": 1}, {"b": 2})))

P = namedtuple("P", ["x", "y", "z"], defaults=[0])
p = P(1, 2)
print(p, p._asdict(), p._replace(z=5), P._fields, P._field_defaults, P._make([7, 8, 9]), p.x + p[1])
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "def class x", rename=True)
print(R._fields, R(1, 2, 3))


class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


ld = LowerDict({"A": 1})
ld["BcD"] = 2
print(ld, ld.data, "a" in ld, ld.get("A"))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], type(ul[:2]).__name__, UserString("abc").upper(), UserString("x") * 3)

# itertools pipelines
nums = range(1, 30)
evens = filter(lambda n: n % 2 == 0, nums)
sq = map(lambda n: n * n, evens)
print(list(it.islice(sq, 2, 6)), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max, initial=0)))
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")], [k for k, _ in it.groupby(sorted("banana"))])
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(it.takewhile(str.isdigit, "123ab4")), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.product("ab", repeat=2)), list(it.combinations_with_replacement("abc", 2)))
print(list(it.pairwise("abcd")), list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)), list(it.islice(it.count(10, -2.5), 4)))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), len(list(it.permutations(range(5), 3))))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
