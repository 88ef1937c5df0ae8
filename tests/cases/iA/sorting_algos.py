import random
import functools


class Counted:
    comparisons = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v

    def __le__(self, other):
        Counted.comparisons += 1
        return self.v <= other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return repr(self.v)


def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and x < a[j]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    more = [x for x in a if pivot < x]
    equal = [x for x in a if not (x < pivot) and not (pivot < x)]
    return quick(less) + equal + quick(more)


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for s in range(n // 2 - 1, -1, -1):
        sift(s, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a


def counting_sort(nums, key=lambda x: x):
    if not nums:
        return []
    lo = min(map(key, nums))
    hi = max(map(key, nums))
    buckets = [[] for _ in range(hi - lo + 1)]
    for x in nums:
        buckets[key(x) - lo].append(x)
    return [x for b in buckets for x in b]


rng = random.Random(99)
data = [rng.randint(-50, 50) for _ in range(40)]
print(data)
expected = sorted(data)
for name, fn in [("insertion", insertion), ("merge", merge_sort), ("quick", quick), ("heap", heap_sort), ("builtin", sorted)]:
    Counted.comparisons = 0
    out = fn([Counted(x) for x in data])
    ok = [c.v for c in out] == expected
    print(f"{name:<10} ok={ok} comparisons={Counted.comparisons}")
print(counting_sort(data) == expected, counting_sort([]), counting_sort(["bb", "a", "ccc", "dd"], key=len))
pairs = [(x % 5, i) for i, x in enumerate(data[:12])]
print(sorted(pairs, key=lambda p: p[0]) == merge_sort(pairs) if False else [p[1] for p in sorted(pairs, key=lambda p: p[0])])
words = "banana Apple cherry apple Banana date Cherry".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()) or (a < b) - (a > b))))
recs = [{"n": "x", "s": 3}, {"n": "y", "s": 1}, {"n": "z", "s": 3}, {"n": "w", "s": 2}]
recs.sort(key=lambda r: r["s"], reverse=True)
print([r["n"] for r in recs])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Counted(1), 2])
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x))
except ValueError as e:
    print("ValueError:", e)
print(lst)
print(sorted(range(10), key=lambda x: (x % 3, -x)), sorted("hello world"), sorted({3: "a", 1: "b"}.items()))
print(list(reversed(sorted([2.5, float("inf"), -1, 0.0, -0.0]))), min([], default="empty"), max("abc", key=ord))
