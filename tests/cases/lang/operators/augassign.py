x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x = 17
x %= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 3; print(x)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {'a': [1]}
d['a'] += [2]
print(d)
class C:
    v = 1
c = C()
c.v += 10
print(c.v, C.v)
s = 'ab'
s *= 2
print(s)
class Log:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        print('get', i)
        return self.items[i]
    def __setitem__(self, i, v):
        print('set', i, v)
        self.items[i] = v
g = Log([1, 2])
g[0] += 5
g[1:] += [7]
print(g.items)
class M:
    def __imatmul__(self, o):
        print('imatmul', o)
        return self
m = M()
m @= 3
