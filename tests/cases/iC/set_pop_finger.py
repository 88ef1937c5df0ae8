# set.pop continues from where the last pop stopped, even after clear(), &=, -= self,
# ^= self and __init__ (CPython keeps the finger in all of these)
s = set(range(20))
print(s.pop(), s.pop(), s.pop())
s &= {10, 11, 12, 13, 1, 2}
print(sorted(s), s.pop(), s.pop())
s.clear()
s.update([1, 2, 3, 4, 5, 6])
print(s.pop(), s.pop())
t = set(range(8))
t.pop(); t.pop(); t.pop()
t -= t
t |= {0, 1, 2, 3, 4, 5}
print(t.pop(), t.pop())
u = set(range(8))
u.pop(); u.pop()
u ^= u
u.update(range(6))
print(u.pop(), u.pop())
v = set(range(8))
v.pop(); v.pop(); v.pop(); v.pop()
v.__init__([0, 1, 2, 3, 4, 5, 6])
print(v.pop(), v.pop())
w = set(range(10))
w.pop(); w.pop()
w.intersection_update(range(10), range(1, 9))
print(w.pop(), w.pop())
x = set(range(10))
for _ in range(3):
    x.pop()
x.difference_update(x)
x.update(range(5))
print(x.pop(), x.pop())
