class CM:
    def __init__(self, tag, swallow=False):
        self.tag, self.swallow = tag, swallow
    def __enter__(self):
        print("enter", self.tag)
        return self.tag
    def __exit__(self, a, b, c):
        print("exit", self.tag, a.__name__ if a else None, b)
        return self.swallow

def f_break():
    for i in range(3):
        with CM(f"b{i}"):
            if i == 1:
                break
            print("body", i)
    return i

def f_continue():
    out = []
    for i in range(3):
        with CM(f"c{i}"), CM(f"c{i}x"):
            if i != 2:
                continue
            out.append(i)
    return out

def f_return():
    with CM("r1"):
        with CM("r2"):
            return "ret"

def f_return_in_finally_with():
    try:
        with CM("rf"):
            raise ValueError("inside")
    except ValueError as e:
        with CM("handler"):
            return f"handled {e}"
    finally:
        print("finally")

def f_swallow_in_loop():
    n = 0
    for i in range(4):
        with CM(f"s{i}", swallow=True):
            n += 1
            if i % 2:
                raise KeyError(i)
            n += 10
    return n

def f_gen_with():
    with CM("gen"):
        yield 1
        yield 2

def f_while_with():
    i = 0
    while True:
        with CM(f"w{i}"):
            i += 1
            if i < 2:
                continue
            if i == 3:
                break
    return i

def f_nested_exc():
    try:
        with CM("outer"):
            try:
                with CM("inner"):
                    raise TypeError("t")
            except TypeError:
                raise IndexError("i")
    except IndexError as e:
        return repr(e) + " ctx " + repr(e.__context__)

print(f_break())
print(f_continue())
print(f_return())
print(f_return_in_finally_with())
print(f_swallow_in_loop())
g = f_gen_with()
print(next(g))
g.close()
print(list(f_gen_with()))
print(f_while_with())
print(f_nested_exc())
class Reentrant:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1; return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        print("depths", a, b, r.depth)
print("after", r.depth)
with CM("tuple-target") as (x):
    print(x)
class Pair:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Pair() as (p, [q, s]):
    print(p, q, s)
d = {}
with Pair() as d["k"]:
    pass
print(d)
