src = "x = " + " + ".join(["1"] * 5000)
ns = {}
exec(src, ns); print(ns["x"])
src = "x = " + "(" * 150 + "1" + ")" * 150
try:
    exec(src, ns); print(ns["x"])
except SyntaxError as e:
    print(e)
src = "x = " + "(" * 250 + "1" + ")" * 250
try:
    exec(src, ns); print(ns["x"])
except SyntaxError as e:
    print(e)
src = "x = " + "[" * 90 + "]" * 90
exec(src, ns); print(str(ns["x"])[:10])
def f(*a): return len(a)
args = ", ".join(str(i) for i in range(1000))
print(eval(f"f({args})", {"f": f}))
params = ", ".join(f"a{i}" for i in range(300))
exec(f"def g({params}): return a299", ns); print(ns["g"](*range(300)))
body = "\n".join(f"{'    ' * i}if True:" for i in range(20)) + "\n" + "    " * 20 + "y = 1"
exec(body, ns); print(ns["y"])
chain = "if v == 0: r = 0\n" + "".join(f"elif v == {i}: r = {i}\n" for i in range(1, 1000))
ns["v"] = 777; exec(chain, ns); print(ns["r"])
big = "d = {" + ", ".join(f"'{i}': {i}" for i in range(10000)) + "}"
exec(big, ns); print(len(ns["d"]))
lst = "l = [" + ", ".join(str(i) for i in range(50000)) + "]"
exec(lst, ns); print(sum(ns["l"]))
s = "z = " + " and ".join(["True"] * 3000)
exec(s, ns); print(ns["z"])
s = "w = " + "not " * 500 + "False"
exec(s, ns); print(ns["w"])
s = "q = " + "-" * 1000 + "1"
exec(s, ns); print(ns["q"])
s = "c = " + " if True else ".join(["1"] * 300)
exec(s, ns); print(ns["c"])
s = "m = 'a'" + ".upper()" * 2000
exec(s, ns); print(ns["m"])
s = "lam = " + "lambda: " * 100 + "5"
exec(s, ns); print(type(ns["lam"]).__name__)
s = "k = 1" + " < 2" * 2000
exec(s, ns); print(ns["k"])
