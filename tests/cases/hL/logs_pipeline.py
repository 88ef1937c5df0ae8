import itertools as it
import functools as ft
import operator as op
from collections import Counter, defaultdict, deque, ChainMap, OrderedDict, namedtuple
import re
import io
import pprint

LOG = """\
2024-01-05 10:00:01 INFO  web    GET /index 200 12ms
2024-01-05 10:00:02 WARN  web    GET /slow 200 950ms
2024-01-05 10:00:02 ERROR db     timeout after 30s
2024-01-05 10:01:10 INFO  web    POST /login 302 40ms
2024-01-05 10:01:11 INFO  auth   user=alice ok
2024-01-05 10:02:00 ERROR web    GET /crash 500 3ms
2024-01-06 09:00:00 INFO  web    GET /index 200 8ms
2024-01-06 09:00:05 DEBUG cache  miss key=home
2024-01-06 09:00:06 INFO  web    GET /index 200 7ms
2024-01-06 09:30:00 ERROR db     deadlock detected
"""

Entry = namedtuple("Entry", "date time level source msg")


def parse(lines):
    for line in lines:
        if not line.strip():
            continue
        date, time, level, source, msg = line.split(None, 4)
        yield Entry(date, time, level, source, msg)


def grep(pattern, entries):
    rx = re.compile(pattern)
    return (e for e in entries if rx.search(e.msg))


entries = list(parse(io.StringIO(LOG)))
print(len(entries), entries[0])
by_level = Counter(e.level for e in entries)
print(sorted(by_level.items()), by_level.most_common(1))
for date, group in it.groupby(entries, key=op.attrgetter("date")):
    g = list(group)
    print(date, len(g), Counter(e.level for e in g)["ERROR"])
for (src, lvl), grp in it.groupby(sorted(entries, key=op.attrgetter("source", "level")), key=op.attrgetter("source", "level")):
    print(f"{src:6}{lvl:6}{sum(1 for _ in grp)}")
times = [int(m.group(1)) for e in entries if (m := re.search(r"(\d+)ms$", e.msg))]
print(times, sum(times) / len(times), max(times), sorted(times)[len(times) // 2])
print([e.msg for e in grep(r"^GET /index", entries)])
errors = defaultdict(list)
for e in entries:
    if e.level == "ERROR":
        errors[e.source].append(e.time)
print(dict(errors), errors["nothing"], len(errors))
window = deque(maxlen=3)
for e in entries:
    window.append(e.level[0])
    print("".join(window), end=" ")
print()
dq = deque(range(6))
dq.rotate(2)
print(dq, dq.popleft(), dq.pop(), dq, dq.index(0), dq.count(1))
dq.extendleft([9, 8])
print(dq, list(reversed(dq)), dq[1], dq.maxlen)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 0}))
od = OrderedDict.fromkeys("abcd", 0)
od.move_to_end("a")
od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od.keys()))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations_with_replacement("xy", 2)), list(it.pairwise("abcd")))
print(list(it.zip_longest([1, 2, 3], "ab", fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.chain.from_iterable(["ab", "cd"])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.islice(it.cycle("xy"), 5)), list(it.repeat(7, 3)))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.islice(it.count(10, 2.5), 4)), list(it.groupby("aaabbc")) and [(k, len(list(g))) for k, g in it.groupby("aaabbc")])
print(ft.reduce(op.mul, range(1, 6)), ft.reduce(lambda a, b: a + [b], "xyz", []))
add5 = ft.partial(op.add, 5)
print(add5(10), add5.args, add5.func is op.add, ft.partial(int, base=2)("101"))
print(sorted(["b10", "a2", "a10"], key=ft.cmp_to_key(lambda x, y: (x > y) - (x < y))))
print(op.itemgetter(1, 0)(["a", "b"]), op.itemgetter("k")({"k": 1}), op.methodcaller("upper")("q"))
print(sorted([("x", 2), ("y", 1)], key=op.itemgetter(1)), op.neg(3), op.truth([]), op.contains("abc", "b"))


@ft.singledispatch
def describe(x):
    return f"thing {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True), describe(2.0))


class Circle:
    def __init__(self, r):
        self.r = r

    @ft.cached_property
    def area(self):
        print("computing")
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, "area" in vars(c))


def logged(fn):
    @ft.wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return inner


@logged
def mul(x, y):
    """multiply"""
    return x * y


mul(3, 4)
print(mul.__name__, mul.__doc__, mul.__wrapped__(2, 2))
summary = {"levels": dict(sorted(by_level.items())), "errors": dict(errors), "times": times,
           "nested": {"a": [1, {"b": list(range(12))}], "long": "x" * 30}}
pprint.pprint(summary)
pprint.pprint(summary, width=40, compact=True)
print(pprint.pformat(list(range(30)), width=50))
pprint.pprint({"z": 1, "a": [(1, 2)] * 3}, sort_dicts=False)
pprint.pprint(entries[:2])
