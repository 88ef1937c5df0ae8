import math, collections
class Config:
    default_value = 1
    def __init__(self):
        self.verbose = True
        self._hidden = 2
    def compute(self):
        return self.verbos

c = Config()
for expr in ["c.verbos", "c.default_valu", "Config.defalt_value", "math.sqr", "math.pii",
             "collections.OrderDic", "None.append", "(1).rea", "'s'.uper", "[].apend", "{}.item",
             "c.compute()", "c.hidden", "c.xyzzy", "math.xyzzyx", "int.from_byte", "type.mro_"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '|', e, '|', e.args, e.name, type(e.obj).__name__)
def f():
    countr = 0
    total = 1
    return count + totl
try:
    f()
except NameError as e:
    print(e, e.name)
try:
    prnt("x")
except NameError as e:
    print(e)
import traceback
for bad in ["c.verbos", "math.sqr", "prnt", "Config.defalt_value", "lenn([])", "c.compute()", "None.foo", "abs.x"]:
    try:
        eval(bad)
    except Exception:
        print(traceback.format_exc().splitlines()[-1])
        traceback.print_exc()
def g():
    zzz_local_var = 1
    def inner():
        return zzz_local_vat
    return inner()
try:
    g()
except NameError:
    traceback.print_exc()
c.compute()
