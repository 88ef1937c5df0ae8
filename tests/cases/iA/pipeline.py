import itertools
import functools
import operator
import re

LOG = """\
2024-05-01 10:00:01 INFO  user=alice action=login ms=120
2024-05-01 10:00:05 WARN  user=bob action=login ms=3400
2024-05-01 10:01:10 INFO  user=alice action=view ms=45
2024-05-01 10:02:00 ERROR user=carol action=pay ms=9000 err="card declined"
garbage line here
2024-05-01 10:03:30 INFO  user=bob action=view ms=80
2024-05-01 10:04:00 INFO  user=alice action=logout ms=5
2024-05-01 10:05:12 ERROR user=bob action=pay ms=150 err="timeout"
2024-05-01 10:06:00 INFO  user=carol action=view ms=60
"""

LINE = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<rest>.*)")
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        m = LINE.match(line)
        if not m:
            print(f"skip line {n}: {line!r}")
            continue
        rec = m.groupdict()
        rest = rec.pop("rest")
        rec.update((k, v.strip('"')) for k, v in KV.findall(rest))
        rec["ms"] = int(rec["ms"])
        yield rec


def where(pred, recs):
    return (r for r in recs if pred(r))


def pluck(key, recs):
    for r in recs:
        yield r[key]


def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)


records = list(parse(read_lines(LOG)))
print(len(records), records[3])
slow = compose(functools.partial(where, lambda r: r["ms"] > 100), functools.partial(pluck, "user"), sorted)
print(slow(records))
errors = [(r["user"], r["err"]) for r in records if r["level"] == "ERROR"]
print(errors)
by_user = {u: list(g) for u, g in itertools.groupby(sorted(records, key=operator.itemgetter("user")), key=operator.itemgetter("user"))}
for u, recs in by_user.items():
    ms = [r["ms"] for r in recs]
    print(f"{u:<6} n={len(recs)} total={sum(ms):>6} avg={sum(ms) / len(ms):>8.1f} actions={','.join(r['action'] for r in recs)}")
levels = functools.reduce(lambda acc, r: {**acc, r["level"]: acc.get(r["level"], 0) + 1}, records, {})
print(levels)
print(list(itertools.accumulate(pluck("ms", records), max)))
print(list(itertools.accumulate(pluck("ms", records), operator.add, initial=0))[-1])
pairs = list(itertools.pairwise(r["time"] for r in records))
print(pairs[:2])
print(list(itertools.starmap(lambda a, b: f"{a}->{b}", pairs))[:2])
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2c3")))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abcd", 3)))
print(list(itertools.combinations_with_replacement("ab", 3)), list(itertools.islice(itertools.cycle("xy"), 5)))
print(list(itertools.repeat(7, 3)), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
a, b = itertools.tee(iter(range(4)))
print(list(a), list(b), list(itertools.chain("ab", [1], ())), sum(1 for _ in itertools.count(5) if False) if False else None)
chunks = lambda it, n: iter(lambda: list(itertools.islice(it, n)), [])
print(list(chunks(iter(range(10)), 4)))


def windows(seq, n):
    it = iter(seq)
    win = list(itertools.islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)


print(list(windows(range(6), 3)), list(windows([1], 3)))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
try:
    list(itertools.islice(range(5), -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(itertools.permutations([1], -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
print(functools.reduce(operator.mul, range(1, 11), 1), sum(map(int, "12345")), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), sorted("banana", key="anb".index), any([]), all([]))
