a = 1
del a
try:
    a
except NameError as e:
    print(e)
b, c = 1, 2
del b, c
l = [1, 2, 3, 4]
del l[0]
del l[1:]
print(l)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
class O: pass
o = O()
o.z = 1
del o.z
print(hasattr(o, 'z'))
x, y = 1, 2
del (x, y)
p = [1, 2]
del [p[0]]
print(p)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    try:
        del w
    except NameError as e:
        return str(e)
    w = 1
print(g())
