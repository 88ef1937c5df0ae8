def src(name, items):
    print("iter", name)
    return items
g = (x * y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("created")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager", e)
g3 = (x for x in [1] if undefined_thing)
print("lazy ok")
try:
    list(g3)
except NameError as e:
    print(e)
class K:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)
    try:
        pairs = list((x, y) for x in items for y in items if y > x)
    except NameError as e:
        pairs = str(e)
print(K.doubled, K.pairs)
print(sum(x for x in range(5)), max((x for x in "abc"), default=None), min((), default="empty"))
print(list(zip((i for i in range(3)), "ab")))
print(tuple(x for x in range(3)), set(x % 2 for x in range(10)), dict((k, v) for k, v in [("a", 1)]))
gg = (i for i in range(3))
print(next(gg), list(gg), list(gg))
print(sorted((c for c in "hello"), reverse=True))
print("".join(str(i) for i in range(5)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(js)) for i, js in nested])
x = 10
g4 = (x for _ in range(2))
x = 20
print(list(g4))
def genfn():
    return (yield)
try:
    exec("(yield x for x in y)")
except SyntaxError as e:
    print(e.msg)
try:
    exec("f(x for x in y, 1)")
except SyntaxError as e:
    print(e.msg)
print(list(x for x in range(3)) == [x for x in range(3)])
it = iter(range(10))
print(list(a + b for a, b in zip(it, it)))
print([*(i for i in "ab"), *range(2)])
def f(*args): return args
print(f(*(c.upper() for c in "xy")))
gen_in_gen = (sum(1 for _ in range(n)) for n in range(4))
print(list(gen_in_gen))
print(type(x for x in []).__name__)
print(list(i for i in range(6) if i % 2 if i > 1))
