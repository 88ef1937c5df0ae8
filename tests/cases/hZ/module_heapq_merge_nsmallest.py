import heapq
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print([heapq.heappop(h) for _ in range(len(h))])
d = [9, 4, 7, 1]; heapq.heapify(d); print(d[0])
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(10, [1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6])), list(heapq.merge(["b", "a"], ["c"], key=str, reverse=False)), list(heapq.merge([3, 1], [2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush(5, 1)
except TypeError as e:
    print(e)
pq = []
heapq.heappush(pq, (2, "b")); heapq.heappush(pq, (1, "a")); heapq.heappush(pq, (1, "c"))
print([heapq.heappop(pq) for _ in range(3)], heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
