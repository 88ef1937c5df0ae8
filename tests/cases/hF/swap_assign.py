a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
q = [1, 2, 3]
q[0], q[2] = q[2], q[0]
print(q)
[m, n] = n2 = 5, 6
print(m, n, n2)
(p, r), s = (1, 2), 3
print(p, r, s)
def f():
    a, b = 0, 1
    for _ in range(10): a, b = b, a + b
    return a
print(f())
class O: pass
o = O(); o.a, o.b = "x", "y"; print(o.a, o.b)
try:
    a, b = 1, 2, 3
except ValueError as e: print(e)
try:
    a, b, c = 1, 2
except ValueError as e: print(e)
def g():
    i = 0
    lst = [0, 0]
    i, lst[i] = 1, 9
    return i, lst
print(g())
