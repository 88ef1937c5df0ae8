import traceback, sys
def show(code, ns=None):
    try:
        exec(code, ns if ns is not None else {})
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end="")
class A:
    Value = 1
    value2 = 2
    _private = 3
    def __init__(self): self.abcdefghijklmnopqrstu = 1
ns = {"A": A, "a": A()}
for c in ["a.value", "a.VALUE", "a.valu", "a.Valu", "a.private", "a._privat", "a.abcdefghijklmnopqrstv",
          "a.abcdefghijklmnopqrstuvwxyz", "a.x", "a.xy", "a.__init", "A.value2_", "A.vlue2"]:
    show(c, ns)
for c in ["pritn(1)", "Print", "lenn", "true", "none", "NONE", "sum_", "isinstanc", "ab", "zip_", "exceptionn", "Exception_", "abs_value"]:
    show(c)
show("import math\nmath.flor(1)")
show("import math\nmath.PI")
show("import os\nos.pth")
show("import collections as c\nc.defaultDict")
show("x = [1]\nx.length")
show("s = 'a'\ns.startwith('a')")
show("d = {}\nd.has_key(1)")
show("def f():\n  longname_variable = 1\n  return longname_varible\nf()")
show("def f():\n  return outer_nme\nouter_name = 1\nf()")
show("class B:\n  attr = 1\n  def m(self): return atr\nB().m()")
show("(1).real_")
show("None.foo")
show("type.mro_")
show("import sys\nsys.exit_")
show("[].__len")
many = {f"name{i}": i for i in range(100)}
many["target_name"] = 0
show("target_nam", many)
show("x = 1\ndel y")
show("def f():\n  print(undefined_loc)\n  undefined_loc = 1\nf()")
show("def f():\n  x = 1\n  def g():\n    nonlocal x\n    del x\n    return x\n  return g()\nf()")
