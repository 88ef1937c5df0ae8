x = 10
g = (x for _ in range(3))
x = 20
print(list(g))

# first iterable evaluated eagerly
def it():
    print("iter evaluated")
    return [1, 2]
g = (a * 2 for a in it())
print("created")
print(list(g))

# later iterables lazily
try:
    g = (a for a in [1] for b in undefined_name)
    print("no error yet")
    list(g)
except NameError as e:
    print("NameError:", e)

try:
    g = (a for a in undefined_first)
except NameError as e:
    print("eager NameError:", e)

class C:
    y = 5
    vals = [y * i for i in range(3)] if False else None
    try:
        g = list(y for i in range(2))
    except NameError as e:
        print("class scope:", e)
    h = list(i * 2 for i in range(3))
print(C.h)

def f():
    n = 3
    return (i + n for i in range(n))
print(list(f()))

g = (i for i in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(iter(g) is g)
print(next(g), list(g), list(g))

# generator expression as sole argument
print(sum(i * i for i in range(5)))
print(sorted((c for c in "cab"), reverse=True))

# loop variable does not leak
[z for z in range(3)]
try:
    z
except NameError as e:
    print(e)

# nested closures
fs = list((lambda: i) for i in range(3))
print([f() for f in fs])
