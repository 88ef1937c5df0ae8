class Config:
    debug = False
    items = []
    def enable(self): self.debug = True
a, b = Config(), Config()
a.enable(); a.items.append(1)
print(a.debug, b.debug, Config.debug, b.items, "debug" in vars(a), "items" in vars(a))
b.items = ["own"]; print(Config.items, b.items, a.items)
del a.debug; print(a.debug)
try:
    del a.debug
except AttributeError as e:
    print(e)
Config.debug = "changed"; print(a.debug, b.debug)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]; print([c.id for c in cs], Counter.count, cs[0].count)
class Sub(Counter): pass
Sub(); print(Counter.count, Sub.count, "count" in vars(Sub))
class M:
    def method(self): return "class method"
m = M(); m.method = lambda: "instance attr"; print(m.method(), M().method(), M.method(m))
print(getattr(M, "method").__name__, type(M.__dict__["method"]).__name__, type(m.method).__name__)
class WithDict:
    pass
w = WithDict(); w.__dict__["x"] = 1; print(w.x, vars(w)); w.__dict__ = {"y": 2}; print(w.y, hasattr(w, "x"))
try:
    w.__dict__ = 5
except TypeError as e:
    print(e)
