x = 'global x'
print([x for x in range(3)], x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    v = 5
    try:
        items = [v for _ in range(2)]
    except NameError as e:
        items = str(e)
    first = [i for i in range(v)]
print(C.items, C.first)
def g():
    lst = [lambda: i for i in range(3)]
    return [f() for f in lst]
print(g())
print([(i, j) for i in range(2) for j in range(i, 3)])
def h():
    return [[(i, j) for j in range(i)] for i in range(3)]
print(h())
n = 100
print([n for n in range(2)], n)
def outer():
    a = 1
    return [a + b for b in range(2)]
print(outer())
print([locals().get('q') for q in range(1)])
gen = (i for i in range(3))
print(gen.gi_code.co_name, [c.co_name for c in []])
def names():
    return [type(lambda: 0).__name__ for _ in range(1)]
print(names())
