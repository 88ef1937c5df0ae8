def classify(v):
    match v:
        case None:
            return "none"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative"
        case int() | float() as num:
            return f"number {num!r}"
        case str() as s if not s:
            return "empty str"
        case [first, *rest] if rest:
            return f"seq head={first!r} rest={rest}"
        case [only]:
            return f"single {only!r}"
        case {"type": "point", "x": x, "y": y, **extra}:
            return f"point {x},{y} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case ValueError(args=(msg,)):
            return f"ValueError {msg}"
        case Exception() as e:
            return f"exception {type(e).__name__}"
        case _:
            return f"other {type(v).__name__}"

for v in [None, True, -3, 4, 2.5, "", "s", [1, 2, 3], [9], [], {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle"}, ValueError("bad"), ValueError(), KeyError("k"), (1,), {1, 2}]:
    print(repr(v), "->", classify(v))

def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 7), search([], 1))

def loop_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 5:
            break
    else:
        return f"completed {i}"
    return f"broke at {i}"
print(loop_else(3), loop_else(10))

def gen_pipeline():
    def source():
        for i in range(10):
            try:
                yield i
            except ValueError as e:
                print("source got", e)
                yield -1
    def doubler(it):
        for x in it:
            yield x * 2
    s = source()
    d = doubler(s)
    out = [next(d), next(d)]
    out.append(s.throw(ValueError("reset")))
    out.extend(d)
    return out
print(gen_pipeline())

results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        results.append(i)
    finally:
        results.append(f"f{i}")
print(results)

def nested_returns(x):
    try:
        if x == 0:
            return "zero"
        try:
            return 10 // x
        except ZeroDivisionError:
            return "never"
        finally:
            print("inner finally", x)
    finally:
        print("outer finally", x)
print(nested_returns(0), nested_returns(5))

total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
    else:
        total += 100
print(total)

x = 5
while x:
    x -= 1
    if x % 2:
        continue
    print("even", x)
else:
    print("while done", x)

w = [y := 10, y ** 2]
print(w, y)
print([z for z in range(10) if (z2 := z * z) > 20], z2)
