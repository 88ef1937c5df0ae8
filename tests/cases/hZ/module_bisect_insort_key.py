import bisect
a = [1, 2, 2, 2, 5, 9]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 2, 4), bisect.bisect_right(a, 2, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 2); bisect.insort_right(a, 100); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print(type(e).__name__)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90)])
print(bisect.bisect_left([], 1), bisect.bisect_right(["a", "c"], "b"), bisect.bisect_left(a, 2, hi=1))
