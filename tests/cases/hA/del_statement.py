l = list(range(10))
del l[::3]; print(l)
del l[1:3]; print(l)
del l[-1]; print(l)
try:
    del l[100]
except IndexError as e:
    print(e)
d = {"a": 1, "b": 2}
del d["a"]; print(d)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
del s.a
try:
    del s.a
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
class O: pass
o = O(); o.x = 1; del o.x
try:
    del o.x
except AttributeError as e:
    print(e)
try:
    del O.nothing
except AttributeError as e:
    print(e)
g = 1
def f():
    try:
        del g
    except UnboundLocalError as e:
        print(e)
f()
def h():
    x = 1
    def inner(): return x
    del x
    try:
        inner()
    except NameError as e:
        print(e)
h()
a = b = c = 1
del a, b
print("c" in globals(), "a" in globals())
x = [1, 2, 3]
y = x
del x[:]
print(y)
del (y)
try:
    y
except NameError as e:
    print(e)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
t = {"k": [1, 2]}
del t["k"][0]
print(t)
for i in range(3):
    pass
del i
try:
    print(i)
except NameError as e:
    print(e)
try:
    del [][0]
except IndexError as e:
    print(e)
import collections
dq = collections.deque([1, 2, 3]); del dq[1]; print(dq)
ba = bytearray(b"abc"); del ba[0]; print(ba)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
try:
    del frozenset()[0]
except TypeError as e:
    print(e)
