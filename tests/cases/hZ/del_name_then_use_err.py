x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
def f():
    y = 2
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(e)
l = [1, 2, 3]
del l[0], l[-1]
print(l)
d = {"a": 1}
del d["a"]
try:
    del d["a"]
except KeyError as e:
    print(repr(e))
class O: pass
o = O(); o.a = 1; del o.a
try:
    del o.a
except AttributeError as e:
    print(e)
try:
    del undefined_name
except NameError as e:
    print(e)
a, b = 1, 2
del (a, b)
try:
    a
except NameError as e:
    print(e)
z = 3
del z
print(eval("z")) if False else None
undefined_name_two
