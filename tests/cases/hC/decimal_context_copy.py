import decimal
c = decimal.getcontext()
c2 = c.copy()
print(c2, type(c2.flags).__name__, c2.flags is not c.flags)
c2.flags[decimal.Inexact] = 1
print(c2.flags[decimal.Inexact], c.flags[decimal.Inexact])
try:
    c2.flags["x"] = 1
except KeyError as e:
    print("KeyError")
c2.clear_flags(); c2.clear_traps(); print(c2)
class MyC(decimal.Context): pass
m = MyC(prec=5); print(type(m.copy()).__name__, m.copy().prec, decimal.Context(traps=[]), decimal.Context(flags={s: False for s in decimal.Context().flags}))
import copy
print(copy.copy(c).prec, copy.deepcopy(c) if False else '')
print(decimal.Context(traps=[decimal.Inexact]).traps[decimal.Inexact])
