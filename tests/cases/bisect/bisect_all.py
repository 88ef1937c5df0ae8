import bisect

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [-1, 0, 1, 2, 3, 4, 5, 8, 9, 13, 14, 2.5, 8.0]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
for lo, hi in [(0, None), (2, 5), (3, 3), (5, 2), (0, 0), (0, 9), (4, -1)]:
    print(lo, hi, bisect.bisect_left(a, 2, lo, hi), bisect.bisect_right(a, 8, lo=lo, hi=hi))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect_left((1, 3, 5), 4))
print(bisect.bisect_left('aceg', 'd'), bisect.bisect_right(range(0, 100, 3), 50))

# key
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
print(bisect.bisect(recs, 0, key=lambda r: r[1]), bisect.bisect(recs, 8, key=lambda r: r[1], lo=1))
print(bisect.bisect_left([-5, -2, 1, 4], 3, key=abs), bisect.bisect_left([1, 2], 1, key=None))

l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(l, x)
print(l)
l = []
for x in [5, 1, 4, 1.0, 5.0, 9, 2, 6, 5, 3, 5]:
    bisect.insort_left(l, x)
print(l, [type(v).__name__ for v in l])
l = []
for x in [5, 1, 4, 1.0, 5.0, 9, 2]:
    bisect.insort_right(l, x)
print(l, [type(v).__name__ for v in l])
l = [1, 2, 3, 7, 8]
bisect.insort(l, 5, 0, 2)
print(l)
people = []
for p in [('ann', 30), ('bob', 25), ('cy', 30), ('di', 20)]:
    bisect.insort(people, p, key=lambda t: t[1])
print(people)
people = []
for p in [('ann', 30), ('bob', 25), ('cy', 30), ('di', 20)]:
    bisect.insort_left(people, p, key=lambda t: t[1])
print(people)

class MyList(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
m = MyList([1, 3])
bisect.insort(m, 2)
print(m)

# comparisons use only __lt__
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
ks = [K(1), K(3), K(5)]
print(bisect.bisect_left(ks, K(3)), bisect.bisect_right(ks, K(3)))
bisect.insort(ks, K(4)); print(ks)

check(lambda: bisect.bisect_left(a, 1, -1))
check(lambda: bisect.bisect_left(a))
check(lambda: bisect.bisect_left(5, 1))
check(lambda: bisect.insort(5, 1))
check(lambda: bisect.bisect_left([1, 2], 1, 0, 10))
check(lambda: bisect.bisect_left([1, 2], 1, 0, 1, 2))
check(lambda: bisect.bisect_left([1, 2], 1, foo=2))
check(lambda: bisect.bisect_left([1, 'a'], 2))
check(lambda: bisect.insort((1, 2), 2))
check(lambda: bisect.bisect_left([1, 2], 1, 1.0))
check(lambda: bisect.bisect_right([1, 2], 1, hi='x'))
check(lambda: bisect.bisect_right([1, 2], 1, 1, lo=1))
check(lambda: bisect.bisect_right([1, 2], 1, key=5))
print(bisect.bisect, bisect.insort, bisect.bisect_left)
