# Module-level names (LoadName/StoreName on the globals dict) with a cache: shadowing
# builtins, deletion, re-creation, changes through globals() and exec.
t = 0
for i in range(5):
    t = t + i
print(t)
print(len("abc"))
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
x = 1
for k in range(3):
    x = x * 10
    if k == 1:
        del x
        x = 7
print(x)
g = globals()
for k in range(3):
    g["y"] = k
    print(y)
    y = y + 100
    print(g["y"])
for k in range(2):
    exec("z = %d" % k)
    print(z)
    z += 1
print(z)
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
for k in range(2):
    try:
        print(w)
    except NameError as e:
        print("NameError", e)
    w = k
print(w)
class C:
    v = 1
    for q in range(3):
        v = v + q
    print(v, len("xy"))
print(C.v)
ns = {"a": 1}
exec("for i in range(3):\n    a = a + i\nprint(a)", ns)
print(ns["a"])
class D(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) if k in self else "D-" + k
d = D(b=5)
exec("print(b, nothere)\nb = b + 1\nprint(b)", d)
