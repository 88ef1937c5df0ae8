import traceback, sys
def run(f):
    try:
        f()
    except Exception:
        tb = traceback.format_exc()
        # drop the first frame lines (run itself)
        print(tb.split("\n", 3)[3])
d = {"a": {"b": None}}
lst = [1, 2]
x = 0
class O:
    attr = None
    def meth(self): return None
o = O()
run(lambda: 1 / x)
run(lambda: d["a"]["b"]["c"])
run(lambda: d["a"]["zz"])
run(lambda: lst[5])
run(lambda: o.attr.foo)
run(lambda: o.meth().bar)
run(lambda: o.meth()())
run(lambda: lst[0] + "s")
run(lambda: 1 + 2 * (3 / x))
run(lambda: (1 + 2) / (x * 1))
run(lambda: lst  [  7  ])
run(lambda: o.missing(1, 2))
run(lambda: len(5))
run(lambda: int("abc") + 1)
run(lambda: [].pop())
run(lambda: {}.pop("k"))
run(lambda: -"s")
run(lambda: ~1.5)
run(lambda: not_defined_name)
run(lambda: lst.__getitem__(9))
run(lambda: "%d" % "x")
run(lambda: x.real.imag.bad)
def multi():
    return (1 +
            2 /
            x)
run(multi)
def multi2():
    return d[
        "missing"
    ]
run(multi2)
def call_multi():
    return int(
        "bad",
    )
run(call_multi)
def nested_call():
    return str(len(int("q")))
run(nested_call)
def aug():
    y = 1
    y /= x
run(aug)
def cmp():
    return 1 < "a"
run(cmp)
def unpack():
    a, b = [1, 2, 3]
run(unpack)
def star():
    return [*5]
run(star)
def kw():
    return dict(**5)
run(kw)
def sub_assign():
    t = (1,)
    t[0] = 2
run(sub_assign)
def attr_assign():
    (1).x = 2
run(attr_assign)
def chained():
    return o.meth
run(lambda: chained()().x)
def ifexp():
    return 1 if lst[9] else 2
run(ifexp)
def comp():
    return [1 / v for v in [1, 0]]
run(comp)
def fstr():
    return f"{1/x}"
run(fstr)
def walrus():
    return (n := 1 / x)
run(walrus)
def boolop():
    return lst and lst[9]
run(boolop)
def assert_it():
    assert x, "x is zero"
run(assert_it)
def raise_it():
    raise ValueError("direct")
run(raise_it)
def pow_it():
    return 2 ** "a"
run(pow_it)
def matmul():
    return lst @ lst
run(matmul)
def long_line():
    return lst[0] + lst[1] + lst[0] + lst[1] + lst[0] + lst[1] + lst[0] + lst[1] + lst[0] + lst[1] + lst[0] + lst[9]
run(long_line)
def wide():
    return "é" + 1
run(wide)
def tab_line():
	return 1 / x
run(tab_line)
