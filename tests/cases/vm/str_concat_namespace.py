s = ""
for i in range(200000):
    s += str(i % 10)
print(len(s), s[:12])
t = "x"
u = t
t += "y"
print(t, u)
class C:
    a = "q"
    for i in range(5):
        a += str(i)
    b = a
    a += "!"
print(C.a, C.b)
g = "g"
def f():
    global g
    for i in range(3):
        g += "h"
    h = g
    g += "i"
    return h
print(f(), g)
import sys
m = sys.modules[__name__]
w = "w"
k = w
w = w + "z"
print(w, k)
