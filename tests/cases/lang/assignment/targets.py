a = b = c = 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = 'st'
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(4)
print(init, last)
h, *mid, tail = 'abcde'
print(h, mid, tail)
*allv, = (1, 2)
print(allv)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
d = {}
d['k'], d['j'] = 1, 2
print(d)
class O: pass
o = O()
o.x, o.y = 'xy'
print(o.x, o.y)
l = [0, 0, 0]
l[0], l[1:] = 9, [8]
print(l)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
for k, (v1, v2) in [(1, (2, 3))]:
    print(k, v1, v2)
x = y = []
x.append(1)
print(y)
a, = [5]
print(a)
() = ()
[] = []
print('empty ok')
