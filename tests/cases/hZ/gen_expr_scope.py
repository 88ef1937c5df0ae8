x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
class C:
    y = 5
    vals = [i for i in range(3)]
    try:
        bad = [y for i in range(2)]
    except NameError as e:
        print("NameError", e)
    first = (y for _ in range(1))
print(C.vals)
try:
    list(C.first)
except NameError as e:
    print(e)
try:
    g = (1 / 0 for i in range(1))
    print("created")
    next(g)
except ZeroDivisionError as e:
    print(e)
try:
    g = (i for i in 5)
except TypeError as e:
    print(e)
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [i for i in range(3) if i for j in range(i)])
i = "outer"; [i for i in range(3)]; print(i)
print(sum(x * x for x in range(5)), max((len(w), w) for w in "a bb ccc".split()))
gen = (i for i in range(2)); print(type(gen).__name__, gen.__name__, list(gen), list(gen))
print({k: v for k, v in zip("ab", range(2))}, {c for c in "hello"} == set("helo"))
