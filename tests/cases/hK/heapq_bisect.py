import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9, 1]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
l = [9, 8, 7, 6, 5, 4]; heapq.heapify(l); print(l, [heapq.heappop(l) for _ in range(len(l))])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify((1,)), lambda: heapq.heappush([1], 'a'), lambda: heapq.heappush(None, 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappushpop([], 3))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([3, 2, 1], [4, 0], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['DD', 'e'], key=len)), list(heapq.merge([(1, 'b'), (2, 'a')], [(1, 'a')], key=lambda t: t[0])))
data = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 3)]
print(heapq.nlargest(2, data, key=lambda t: t[1]), heapq.nsmallest(2, data, key=lambda t: t[1]), heapq.nlargest(3, [1, 5, 2, 5, 5]), heapq.nsmallest(1, 'hello'))
print(heapq.nlargest(0, [1]), heapq.nlargest(10, [3, 1]), heapq.nsmallest(-1, [1]), heapq.nlargest(1, [], key=abs), heapq.nsmallest(3, [3, -4, 1, -2], key=abs))
h2 = [(2, 'b'), (1, 'z'), (1, 'a')]; heapq.heapify(h2); print(heapq.heappop(h2), heapq.heappop(h2))
print(heapq._heappop_max([5, 3, 4]) if hasattr(heapq, '_heappop_max') else 5)
a = [1, 2, 4, 4, 4, 7]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 10), bisect.bisect(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4))
b = a[:]; bisect.insort(b, 3); bisect.insort_left(b, 4); bisect.insort_right(b, 8); print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.insort((1,), 2), lambda: bisect.bisect(a, 1, 10, 2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect([], 1), bisect.bisect(a, 4, hi=2), bisect.bisect_right('aceg', 'd'))
grades = 'FDCBA'; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
